package fr.hautsdefrance.acte.notification.domain;

/** How a person is told: at most one message per (event, recipient, channel). */
public enum Channel {
    EMAIL,
    IN_APP
}
