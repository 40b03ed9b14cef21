package fr.hautsdefrance.acte.payment.domain;

/**
 * PROPOSED (the officer's review of the balance found an overpayment) → ISSUED once a second person
 * checked the final amount (the titre de recette is issued), or REFUSED (the balance goes back to
 * review); an issued recovery is followed until COLLECTED or CANCELLED.
 */
public enum RecoveryStatus {
    PROPOSED("proposé"), ISSUED("émis"), REFUSED("refusé"), COLLECTED("recouvré"), CANCELLED("annulé");

    private final String french;

    RecoveryStatus(String french) {
        this.french = french;
    }

    /** As a refusal names it to a person: « Cet ordre de reversement est au statut « émis » ». */
    public String french() {
        return french;
    }

    /** Still owed by the beneficiary. */
    public boolean owed() {
        return this == ISSUED;
    }
}
