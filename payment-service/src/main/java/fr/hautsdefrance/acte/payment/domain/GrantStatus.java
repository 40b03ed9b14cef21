package fr.hautsdefrance.acte.payment.domain;

/**
 * AWAITING_AGREEMENT → OPEN (agreement signed) → CLOSED (balance settled), or LAPSED (caducité).
 * A balance that leaves money to claim back goes through RECOVERY (en recouvrement) until the
 * recovery is collected or cancelled: the grant is never shown settled while money is owed.
 */
public enum GrantStatus {
    AWAITING_AGREEMENT, OPEN, RECOVERY, CLOSED, LAPSED
}
