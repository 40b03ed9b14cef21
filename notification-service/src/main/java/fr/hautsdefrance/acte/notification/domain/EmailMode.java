package fr.hautsdefrance.acte.notification.domain;

/** How an officer wants their e-mails: one per event, or one summary a day. */
public enum EmailMode {
    IMMEDIATE,
    DIGEST
}
