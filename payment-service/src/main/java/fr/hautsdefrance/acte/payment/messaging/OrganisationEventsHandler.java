package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.service.OrganisationMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;

/**
 * The organisation events on acte.application.v1 that change a grant: its renaming. Who may act for
 * the grants comes from the organisation's contacts records (OrganisationContactsConsumer), the whole
 * list each time; organisation.member-added / member-removed, organisation.verified and types of later
 * versions change nothing in payments and are skipped.
 */
@ApplicationScoped
public class OrganisationEventsHandler {

    static final EventType RENAMED = EventType.of("organisation.renamed");

    private final OrganisationMembership membership;

    @Inject
    public OrganisationEventsHandler(OrganisationMembership membership) {
        this.membership = membership;
    }

    EventHandlers.Builder register(EventHandlers.Builder handlers) {
        // The new name goes on the organisation's grant rows and nowhere else: shares its poll's transaction.
        return handlers.on(RENAMED, OrganisationChange.class, OWN_ROWS_ONLY, (event, change) -> {
            if (change.organisation() == null || change.organisation().organisationId() == null) {
                throw new PoisonEventException("event " + event.id() + " (" + event.type() + ") names no organisation");
            }
            if (change.organisation().name() == null || change.organisation().name().isBlank()) {
                throw new PoisonEventException("event " + event.id() + " (renamed) lacks the new name");
            }
            return () -> membership.renamed(change.organisation().organisationId(), change.organisation().name());
        });
    }
}
