package fr.hautsdefrance.acte.application.domain.payment;

/** Where a beneficiary's bank details stand in payment-service: checked by finance, then used or replaced. */
public enum BankDetailsStatus {
    PENDING,
    VALIDATED,
    REJECTED,
    SUPERSEDED,
    BLOCKED
}
