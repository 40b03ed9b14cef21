package fr.hautsdefrance.acte.notification.domain;

/** A payment of a grant's schedule, as the payment events name it (docs/asyncapi.yaml). */
public enum PaymentKind {
    ADVANCE, INSTALMENT, BALANCE
}
