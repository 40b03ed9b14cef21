package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.service.PaymentReport;
import fr.hautsdefrance.acte.application.service.PaymentFollowUpService;
import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Follows each file's payments as payment-service reports them, once per event. The relay publishes
 * each grant's events in order: the record's time orders the reports.
 */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CHANNEL = "payment-events";
    /** The events that move one payment along; the others (lapse reminders…) are not the file's business. */
    static final List<EventType> PAYMENT_STEPS = List.of(EventType.of("payment.requested"),
            EventType.of("payment.liquidated"), EventType.of("payment.liquidation-returned"),
            EventType.of("payment.approved"), EventType.of("payment.ordered"), EventType.of("payment.rejected"));

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public PaymentEventsConsumer(Inbox inbox, PaymentFollowUpService payments) {
        this.inbox = inbox;
        EventHandlers.Builder table = EventHandlers.builder();
        PAYMENT_STEPS.forEach(step -> table.on(step, PaymentReport.class,
                (event, report) -> () -> payments.paymentMoved(report, event.recordedAt())));
        this.handlers = table
                .on(EventType.of("payment.paid"), PaymentReport.class,
                        (event, report) -> () -> payments.paymentPaid(report, event.recordedAt()))
                // The money owed collected, or the titre cancelled: the grant is settled, the file closes as on its balance.
                .on(EventType.of("payment.recovery-settled"), PaymentReport.class,
                        (event, report) -> () -> payments.paymentPaid(report, event.recordedAt()))
                .on(EventType.of("payment.recovery-issued"), PaymentReport.class,
                        (event, report) -> () -> payments.recoveryIssued(report, event.recordedAt()))
                .on(EventType.of("grant.lapsed"), PaymentReport.class,
                        (event, report) -> () -> payments.grantLapsed(report, event.recordedAt()))
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
