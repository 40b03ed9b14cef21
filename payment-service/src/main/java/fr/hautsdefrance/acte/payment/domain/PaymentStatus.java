package fr.hautsdefrance.acte.payment.domain;

/**
 * SCHEDULED → REQUESTED → VALIDATED → APPROVED → ORDERED → PAID, or REJECTED on the way. A balance
 * with nothing left to pay goes from VALIDATED to PAID with 0.00 and no transfer.
 */
public enum PaymentStatus {
    SCHEDULED("prévu"), REQUESTED("demandé"), VALIDATED("liquidé"), APPROVED("mandaté"), ORDERED("transmis"),
    PAID("payé"), REJECTED("rejeté");

    private final String french;

    PaymentStatus(String french) {
        this.french = french;
    }

    /** As people read it, in pages, exports and messages. */
    public String french() {
        return french;
    }

    /** Between the request and the bank's answer: the grant waits for it before any other request. */
    public boolean inProgress() {
        return this == REQUESTED || this == VALIDATED || this == APPROVED || this == ORDERED;
    }
}
