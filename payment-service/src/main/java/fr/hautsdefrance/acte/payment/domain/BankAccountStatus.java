package fr.hautsdefrance.acte.payment.domain;

/**
 * PENDING until a second person validates or rejects it; VALIDATED is the account payments use;
 * SUPERSEDED when newer details were validated; BLOCKED when the bank refused a transfer to it as a
 * closed or wrong account: it is never paid again.
 */
public enum BankAccountStatus {
    PENDING("en attente de validation"), VALIDATED("validées"), REJECTED("refusées"), SUPERSEDED("remplacées"),
    BLOCKED("bloquées");

    private final String french;

    BankAccountStatus(String french) {
        this.french = french;
    }

    /** As a refusal names it to a person: « Ces coordonnées bancaires … (statut validées) ». */
    public String french() {
        return french;
    }
}
