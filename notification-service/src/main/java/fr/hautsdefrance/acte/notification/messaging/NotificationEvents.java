package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventType;

/** Events this service reacts to (see docs/asyncapi.yaml). */
public final class NotificationEvents {

    public static final EventType APPLICATION_SUBMITTED = EventType.of("application.submitted");

    private NotificationEvents() {
    }
}
