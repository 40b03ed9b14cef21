package fr.hautsdefrance.acte.payment.domain;

/** The three kinds of payment of a grant. */
public enum PaymentKind {
    /** Avance: a share of the award, payable once the agreement is signed, without expense statement. */
    ADVANCE("avance"),
    /** Acompte: on an interim expense statement, cumulated payments capped before the balance. */
    INSTALMENT("acompte"),
    /** Solde: on the final statement of realised expenses; the grant is prorated on it. */
    BALANCE("solde");

    private final String french;

    PaymentKind(String french) {
        this.french = french;
    }

    public String french() {
        return french;
    }
}
