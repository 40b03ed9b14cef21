package fr.hautsdefrance.acte.application.domain.payment;

/**
 * A payment's status as payment-service names it; its French name, the same on every page that shows a
 * payment, is in the message bundle ({@code paymentStatus_…}).
 */
public enum PaymentStatus {
    SCHEDULED,
    REQUESTED,
    VALIDATED,
    APPROVED,
    ORDERED,
    PAID,
    REJECTED
}
