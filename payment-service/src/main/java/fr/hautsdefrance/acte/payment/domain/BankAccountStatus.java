package fr.hautsdefrance.acte.payment.domain;

/** PENDING until a second person validates or rejects it; VALIDATED is the account payments use. */
public enum BankAccountStatus {
    PENDING, VALIDATED, REJECTED, SUPERSEDED
}
