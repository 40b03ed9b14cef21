package fr.hautsdefrance.acte.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Tells the applicant what happened to their file, once per event. */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";

    private final Inbox inbox;
    private final NotificationService notifications;
    private final ObjectMapper mapper;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, NotificationService notifications, ObjectMapper mapper) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        if (!event.type().equals(NotificationEvents.APPLICATION_SUBMITTED)) {
            return;
        }
        ApplicationSubmitted submitted = event.dataAs(ApplicationSubmitted.class, mapper);
        inbox.processOnce(CHANNEL, event, e -> notifications.applicationSubmitted(e.id(), submitted.submittedBy(),
                submitted.applicationId(), submitted.reference(), submitted.title(), submitted.submittedAt()));
    }
}
