package fr.hautsdefrance.acte.payment.domain;

/**
 * PROPOSED (the officer's review of the balance found an overpayment) → ISSUED once a second person
 * checked the final amount (the titre de recette is issued), or REFUSED (the balance goes back to
 * review); an issued recovery is followed until COLLECTED or CANCELLED. Its French name is in the
 * service's message bundle ({@code recoveryStatus_…}).
 */
public enum RecoveryStatus {
    PROPOSED, ISSUED, REFUSED, COLLECTED, CANCELLED;

    /** Still owed by the beneficiary. */
    public boolean owed() {
        return this == ISSUED;
    }
}
