package fr.hautsdefrance.acte.payment.domain;

/** Expense categories of the ACTE scheme (the same names as in application- and eligibility-service). */
public enum ExpenseCategory {
    OPERATING,
    EXTERNAL_SERVICES,
    ANIMATION_ENGINEERING,
    EXPERIMENTATION_CAPITALISATION,
    TRANSFER_SWARMING,
    DISSEMINATION,
    INVESTMENT,
    OTHER
}
