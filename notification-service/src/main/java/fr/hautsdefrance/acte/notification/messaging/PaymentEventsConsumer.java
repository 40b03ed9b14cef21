package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.notification.service.OrganisationDirectory;
import fr.hautsdefrance.acte.notification.service.ReminderService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Tells the beneficiary what becomes of their grant (schedule, payments, rejections, recovery orders,
 * lapse reminders) and the finance team of each payment request, as
 * {@link NotificationRules#PAYMENT_EVENTS} says; each event once, whatever the redeliveries.
 */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CHANNEL = "payment-events";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public PaymentEventsConsumer(Inbox inbox, NotificationService notifications, ReminderService reminders,
            OrganisationDirectory directory) {
        this.inbox = inbox;
        this.handlers = NotificationRules.handlers(NotificationRules.PAYMENT_EVENTS, notifications, reminders,
                directory::membersOf);
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
