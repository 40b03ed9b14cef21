package fr.hautsdefrance.acte.payment.domain;

/** The officer's decision on one line of an expense statement. */
public enum LineDecision {
    PENDING, ACCEPTED, REJECTED
}
