package fr.hautsdefrance.acte.payment.domain;

/** The three kinds of payment of a grant; their French names are in the message bundle ({@code paymentKind_…}). */
public enum PaymentKind {
    /** Avance: a share of the award, payable once the agreement is signed, without expense statement. */
    ADVANCE,
    /** Acompte: on an interim expense statement, cumulated payments capped before the balance. */
    INSTALMENT,
    /** Solde: on the final statement of realised expenses; the grant is prorated on it. */
    BALANCE
}
