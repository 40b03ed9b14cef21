package fr.hautsdefrance.acte.payment.domain;

/**
 * How approved payments leave ACTE, chosen per deployment: PES V2 bordereaux of mandates to the
 * public accountant (a Region: the accountant pays), or SEPA credit transfer files to the
 * grantor's own bank (a foundation, an association).
 */
public enum PaymentChannel {
    PES, SEPA
}
