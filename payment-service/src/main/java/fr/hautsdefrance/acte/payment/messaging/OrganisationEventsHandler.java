package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.service.OrganisationMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Keeps who may act for each organisation's grants from application-service's organisation events
 * ({@code organisation.*} on acte.application.v1), each applied once whatever the redeliveries
 * (the inbox), in the order the changes happened (see OrganisationMembership).
 */
@ApplicationScoped
public class OrganisationEventsHandler {

    static final String AGGREGATE = "organisation";
    static final EventType MEMBER_ADDED = EventType.of("organisation.member-added");
    static final EventType MEMBER_REMOVED = EventType.of("organisation.member-removed");
    static final EventType RENAMED = EventType.of("organisation.renamed");
    private static final Logger LOG = Logger.getLogger(OrganisationEventsHandler.class);

    private final Inbox inbox;
    private final OrganisationMembership membership;
    private final ObjectMapper mapper;

    @Inject
    public OrganisationEventsHandler(Inbox inbox, OrganisationMembership membership, ObjectMapper mapper) {
        this.inbox = inbox;
        this.membership = membership;
        this.mapper = mapper;
    }

    /** The members an application event names, less those removed since it was written. */
    java.util.List<GrantMember> currentMembers(UUID organisationId, java.util.List<GrantMember> members) {
        return membership.withoutRemoved(organisationId, members);
    }

    static boolean handles(InboundEvent event) {
        return AGGREGATE.equals(event.type().aggregateType());
    }

    void handle(String consumer, InboundEvent event) {
        if (!event.type().equals(MEMBER_ADDED) && !event.type().equals(MEMBER_REMOVED) && !event.type().equals(RENAMED)) {
            // organisation.verified, and types of later versions: nothing to change in payments.
            LOG.debugf("Event %s (%s) has no effect on payments", event.id(), event.type());
            return;
        }
        OrganisationChange change = event.dataAs(OrganisationChange.class, mapper);
        if (change.organisation() == null || change.organisation().organisationId() == null) {
            throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") names no organisation");
        }
        UUID organisation = change.organisation().organisationId();
        if (event.type().equals(MEMBER_ADDED)) {
            if (change.member() == null || change.member().subject() == null || change.addedAt() == null) {
                throw new PoisonEventException("event " + event.id() + " (member-added) lacks the member or the time");
            }
            GrantMember member = new GrantMember(change.member().subject(), change.member().email(), change.member().name());
            inbox.processOnce(consumer, event, e -> membership.memberAdded(organisation, member, change.addedAt()));
        } else if (event.type().equals(MEMBER_REMOVED)) {
            if (change.subject() == null || change.removedAt() == null) {
                throw new PoisonEventException("event " + event.id() + " (member-removed) lacks the person or the time");
            }
            inbox.processOnce(consumer, event, e -> membership.memberRemoved(organisation, change.subject(),
                    change.removedAt()));
        } else {
            if (change.organisation().name() == null || change.organisation().name().isBlank()) {
                throw new PoisonEventException("event " + event.id() + " (renamed) lacks the new name");
            }
            inbox.processOnce(consumer, event, e -> membership.renamed(organisation, change.organisation().name()));
        }
    }
}
