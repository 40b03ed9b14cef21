package fr.hautsdefrance.acte.application.domain.payment;

/** Where a grant stands in payment-service, from the agreement to its balance or lapse. */
public enum GrantStatus {
    AWAITING_AGREEMENT,
    OPEN,
    RECOVERY,
    CLOSED,
    LAPSED
}
