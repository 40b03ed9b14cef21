package fr.hautsdefrance.acte.payment.domain;

/**
 * PROPOSED (the officer's review of the balance found an overpayment) → ISSUED once a second person
 * checked the final amount, or REFUSED (the balance goes back to review).
 */
public enum RecoveryStatus {
    PROPOSED, ISSUED, REFUSED
}
