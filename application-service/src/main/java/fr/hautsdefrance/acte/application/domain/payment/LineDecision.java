package fr.hautsdefrance.acte.application.domain.payment;

/** The officer's decision on a line of an expense statement, as payment-service records it. */
public enum LineDecision {
    ACCEPTED,
    REJECTED
}
