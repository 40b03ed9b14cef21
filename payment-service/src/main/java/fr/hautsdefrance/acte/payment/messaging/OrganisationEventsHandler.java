package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.service.OrganisationMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Keeps who may act for each organisation's grants from application-service's organisation events
 * ({@code organisation.*} on acte.application.v1), each applied once whatever the redeliveries
 * (the consumer's inbox), in the order the changes happened (see OrganisationMembership).
 */
@ApplicationScoped
public class OrganisationEventsHandler {

    static final EventType MEMBER_ADDED = EventType.of("organisation.member-added");
    static final EventType MEMBER_REMOVED = EventType.of("organisation.member-removed");
    static final EventType RENAMED = EventType.of("organisation.renamed");

    private final OrganisationMembership membership;

    @Inject
    public OrganisationEventsHandler(OrganisationMembership membership) {
        this.membership = membership;
    }

    /** The members an application event names, less those removed since it was written. */
    java.util.List<GrantMember> currentMembers(UUID organisationId, java.util.List<GrantMember> members) {
        return membership.withoutRemoved(organisationId, members);
    }

    /**
     * Adds the organisation events that change who may act for the grants; organisation.verified,
     * and types of later versions, change nothing in payments and are skipped.
     */
    EventHandlers.Builder register(EventHandlers.Builder handlers) {
        return handlers
                .on(MEMBER_ADDED, OrganisationChange.class, (event, change) -> {
                    UUID organisation = organisationOf(event, change);
                    if (change.member() == null || change.member().subject() == null || change.addedAt() == null) {
                        throw new PoisonEventException("event " + event.id() + " (member-added) lacks the member or the time");
                    }
                    GrantMember member = new GrantMember(change.member().subject(), change.member().email(),
                            change.member().name());
                    return () -> membership.memberAdded(organisation, member, change.addedAt());
                })
                .on(MEMBER_REMOVED, OrganisationChange.class, (event, change) -> {
                    UUID organisation = organisationOf(event, change);
                    if (change.subject() == null || change.removedAt() == null) {
                        throw new PoisonEventException("event " + event.id() + " (member-removed) lacks the person or the time");
                    }
                    return () -> membership.memberRemoved(organisation, change.subject(), change.removedAt());
                })
                .on(RENAMED, OrganisationChange.class, (event, change) -> {
                    UUID organisation = organisationOf(event, change);
                    if (change.organisation().name() == null || change.organisation().name().isBlank()) {
                        throw new PoisonEventException("event " + event.id() + " (renamed) lacks the new name");
                    }
                    return () -> membership.renamed(organisation, change.organisation().name());
                });
    }

    private static UUID organisationOf(InboundEvent event, OrganisationChange change) {
        if (change.organisation() == null || change.organisation().organisationId() == null) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") names no organisation");
        }
        return change.organisation().organisationId();
    }
}
