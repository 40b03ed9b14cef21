package fr.hautsdefrance.acte.payment.domain;

/**
 * PENDING until a second person validates or rejects it; VALIDATED is the account payments use;
 * SUPERSEDED when newer details were validated; BLOCKED when the bank refused a transfer to it as a
 * closed or wrong account: it is never paid again. Its French name is in the service's message bundle
 * ({@code bankAccountStatus_…}).
 */
public enum BankAccountStatus {
    PENDING, VALIDATED, REJECTED, SUPERSEDED, BLOCKED
}
