package fr.hautsdefrance.acte.payment.domain;

/**
 * SCHEDULED → REQUESTED → VALIDATED → APPROVED → ORDERED → PAID, or REJECTED on the way. A balance
 * with nothing left to pay goes from VALIDATED to PAID with 0.00 and no transfer. Its French name is in
 * the service's message bundle ({@code paymentStatus_…}).
 */
public enum PaymentStatus {
    SCHEDULED, REQUESTED, VALIDATED, APPROVED, ORDERED, PAID, REJECTED;

    /** Between the request and the bank's answer: the grant waits for it before any other request. */
    public boolean inProgress() {
        return this == REQUESTED || this == VALIDATED || this == APPROVED || this == ORDERED;
    }
}
