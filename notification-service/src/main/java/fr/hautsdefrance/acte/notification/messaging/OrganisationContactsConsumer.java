package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.notification.service.OrganisationDirectory;
import fr.hautsdefrance.acte.notification.service.Person;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;

/**
 * Keeps who belongs to each applicant organisation from acte.organisation-contacts.v1 (compacted: the
 * latest whole list per organisation), each record once whatever the redeliveries; the file and grant
 * events then tell the members found there.
 */
@ApplicationScoped
public class OrganisationContactsConsumer {

    static final String CHANNEL = "organisation-contacts";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public OrganisationContactsConsumer(Inbox inbox, OrganisationDirectory directory) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                // The organisation's members are rows of this database: shares its poll's transaction.
                .on(NotificationEvents.CONTACTS_CHANGED, InboundPayloads.ContactsChanged.class, OWN_ROWS_ONLY,
                        (event, changed) -> {
                    if (changed.organisation() == null || changed.organisation().organisationId() == null
                            || changed.contacts() == null || changed.revision() == null || changed.changedAt() == null) {
                        throw new PoisonEventException("event " + event.id()
                                + " (contacts-changed) lacks the organisation, its contacts, the revision or the time");
                    }
                    UUID organisation = changed.organisation().organisationId();
                    List<Person> members = Values.people(changed.contacts());
                    return () -> directory.record(organisation, changed.revision(), members, changed.changedAt());
                })
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
