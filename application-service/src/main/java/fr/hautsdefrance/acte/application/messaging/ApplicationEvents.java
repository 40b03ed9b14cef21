package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.messaging.EventType;

/** Events this service emits and consumes (see docs/asyncapi.yaml). */
public final class ApplicationEvents {

    public static final EventType SUBMITTED = EventType.of("application.submitted");
    public static final EventType ELIGIBILITY_ASSESSED = EventType.of("eligibility.assessed");

    private ApplicationEvents() {
    }
}
