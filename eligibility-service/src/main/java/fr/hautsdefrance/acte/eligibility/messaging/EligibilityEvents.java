package fr.hautsdefrance.acte.eligibility.messaging;

import fr.hautsdefrance.acte.messaging.EventType;

/** Events this service consumes and emits (see docs/asyncapi.yaml). */
public final class EligibilityEvents {

    public static final EventType APPLICATION_SUBMITTED = EventType.of("application.submitted");
    public static final EventType ASSESSED = EventType.of("eligibility.assessed");

    private EligibilityEvents() {
    }
}
