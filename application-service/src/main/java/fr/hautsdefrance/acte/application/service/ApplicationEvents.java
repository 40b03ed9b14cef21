package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Outbox;

import java.util.List;

/** Events this service emits and consumes (see docs/asyncapi.yaml). */
public final class ApplicationEvents {

    public static final EventType SUBMITTED = EventType.of(EventPayloads.Submitted.TYPE);
    public static final EventType OFFICER_ASSIGNED = EventType.of(EventPayloads.OfficerAssigned.TYPE);
    public static final EventType INFORMATION_REQUESTED = EventType.of(EventPayloads.InformationRequested.TYPE);
    public static final EventType RESUBMITTED = EventType.of(EventPayloads.Resubmitted.TYPE);
    public static final EventType MESSAGE_POSTED = EventType.of("application.message-posted");
    public static final EventType ASSESSED = EventType.of(EventPayloads.Assessed.TYPE);
    public static final EventType APPROVED = EventType.of(EventPayloads.Approved.TYPE);
    public static final EventType REJECTED = EventType.of(EventPayloads.Rejected.TYPE);
    /** A de minimis aid granted: what the Region's systems send to the national register. */
    public static final EventType DE_MINIMIS_GRANTED = EventType.of(EventPayloads.DeMinimisGranted.TYPE);
    public static final EventType DECLARED_INADMISSIBLE = EventType.of(EventPayloads.DeclaredInadmissible.TYPE);
    public static final EventType AGREEMENT_SIGNED = EventType.of(EventPayloads.AgreementSigned.TYPE);
    public static final EventType WITHDRAWN = EventType.of(EventPayloads.Withdrawn.TYPE);
    public static final EventType QUALIFICATION_CORRECTED = EventType.of(EventPayloads.QualificationCorrected.TYPE);
    public static final EventType REVIEW_STARTED = EventType.of(EventPayloads.ReviewStarted.TYPE);
    public static final EventType SCHEDULED_FOR_COMMITTEE = EventType.of(EventPayloads.ScheduledForCommittee.TYPE);
    public static final EventType CLOSED = EventType.of(EventPayloads.Closed.TYPE);
    public static final EventType IMPLICIT_DECISION_APPROACHING = EventType.of(EventPayloads.ImplicitDecisionApproaching.TYPE);
    public static final EventType IMPLICITLY_REJECTED = EventType.of(EventPayloads.ImplicitlyRejected.TYPE);
    public static final EventType INFORMATION_OVERDUE = EventType.of("application.information-overdue");
    /** A draft untouched for the inactivity period: its owners are told it will be deleted (docs/retention.md). */
    public static final EventType DRAFT_EXPIRING = EventType.of("application.draft-expiring");
    public static final EventType INFORMATION_DEADLINE_EXTENDED = EventType.of("application.information-deadline-extended");

    public static final EventType ELIGIBILITY_ASSESSED = EventType.of("eligibility.assessed");

    private ApplicationEvents() {
    }

    /**
     * Hands the events an aggregate's change caused to the outbox, in the caller's transaction (see
     * {@link DomainEvent}): they are stored with the change, or not at all.
     */
    static void publish(Outbox outbox, DomainEvent... events) {
        publish(outbox, List.of(events));
    }

    static void publish(Outbox outbox, List<DomainEvent> events) {
        for (DomainEvent event : events) {
            outbox.publish(EventType.of(event.type()), event.aggregateId().toString(), event.payload());
        }
    }
}
