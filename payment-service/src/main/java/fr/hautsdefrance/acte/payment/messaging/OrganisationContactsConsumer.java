package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.service.OrganisationMembership;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;

/**
 * Keeps who may act for each organisation's grants from acte.organisation-contacts.v1 (compacted: the
 * latest whole list per organisation), each record once whatever the redeliveries.
 */
@ApplicationScoped
public class OrganisationContactsConsumer {

    static final String CHANNEL = "organisation-contacts";
    static final EventType CONTACTS_CHANGED = EventType.of("organisation.contacts-changed");

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public OrganisationContactsConsumer(Inbox inbox, OrganisationMembership membership) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                // The members and the grants' lists (a leaver's proposed bank details cancelled) are rows of this
                // database: shares its poll's transaction.
                .on(CONTACTS_CHANGED, ContactsChanged.class, OWN_ROWS_ONLY, (event, changed) -> {
                    if (changed.organisation() == null || changed.organisation().organisationId() == null
                            || changed.contacts() == null || changed.revision() == null || changed.changedAt() == null) {
                        throw new PoisonEventException("event " + event.id()
                                + " (contacts-changed) lacks the organisation, its contacts, the revision or the time");
                    }
                    List<GrantMember> members = changed.contacts().stream().filter(Objects::nonNull)
                            .filter(c -> c.subject() != null && !c.subject().isBlank())
                            .map(c -> new GrantMember(c.subject(), c.email(), c.name())).toList();
                    return () -> membership.contactsChanged(changed.organisation().organisationId(),
                            changed.revision(), members, changed.changedAt());
                })
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
