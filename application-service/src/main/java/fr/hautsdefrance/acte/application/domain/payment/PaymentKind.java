package fr.hautsdefrance.acte.application.domain.payment;

/** The three kinds of payment of a grant, as payment-service names them (avance, acompte, solde). */
public enum PaymentKind {
    ADVANCE,
    INSTALMENT,
    BALANCE
}
