package fr.hautsdefrance.acte.eligibility.messaging;

import fr.hautsdefrance.acte.messaging.EventType;

/** Events this service consumes and emits (see docs/asyncapi.yaml). */
public final class EligibilityEvents {

    public static final EventType APPLICATION_SUBMITTED = EventType.of("application.submitted");
    /** The officer confirmed or corrected the rural or QPV qualification: same shape, assessed again. */
    public static final EventType QUALIFICATION_CORRECTED = EventType.of("application.qualification-corrected");
    public static final EventType ASSESSED = EventType.of("eligibility.assessed");

    private EligibilityEvents() {
    }
}
