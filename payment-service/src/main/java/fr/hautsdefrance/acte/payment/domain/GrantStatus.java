package fr.hautsdefrance.acte.payment.domain;

/** AWAITING_AGREEMENT → OPEN (agreement signed) → CLOSED (balance settled), or LAPSED (caducité). */
public enum GrantStatus {
    AWAITING_AGREEMENT, OPEN, CLOSED, LAPSED
}
