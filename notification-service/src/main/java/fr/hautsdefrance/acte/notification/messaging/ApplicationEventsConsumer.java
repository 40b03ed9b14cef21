package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.notification.service.OrganisationDirectory;
import fr.hautsdefrance.acte.notification.service.ReminderService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;

/**
 * Tells people what happens along a file's life, as {@link NotificationRules#APPLICATION_EVENTS} says;
 * each event once, whatever the redeliveries.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, NotificationService notifications, ReminderService reminders,
            OrganisationDirectory directory) {
        this.inbox = inbox;
        this.handlers = NotificationRules.builder(NotificationRules.APPLICATION_EVENTS, notifications, reminders,
                        directory::membersOf)
                // The new member's address (verified by the identity provider, or none) is known before
                // the first notice about the organisation's files; who the members are comes from the
                // organisation's contacts record (OrganisationContactsConsumer), a removed member leaving it.
                // The member's address is a row of this database: shares its poll's transaction.
                .on(NotificationEvents.MEMBER_ADDED, InboundPayloads.MemberAdded.class, OWN_ROWS_ONLY, (event, added) -> {
                    InboundPayloads.Contact member = added.member();
                    if (member == null || member.subject() == null) {
                        throw new PoisonEventException("event " + event.id() + " (member-added) names no member");
                    }
                    return () -> notifications.rememberCaller(member.subject(), member.email(), member.name());
                })
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
