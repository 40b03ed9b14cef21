package fr.hautsdefrance.acte.payment.domain;

/**
 * AWAITING_AGREEMENT → OPEN (agreement signed) → CLOSED (balance settled), or LAPSED (caducité).
 * A balance that leaves money to claim back goes through RECOVERY (en recouvrement) until the
 * recovery is collected or cancelled: the grant is never shown settled while money is owed. Its French
 * name is in the service's message bundle ({@code grantStatus_$…}).
 */
public enum GrantStatus {
    AWAITING_AGREEMENT, OPEN, RECOVERY, CLOSED, LAPSED
}
