package fr.hautsdefrance.acte.application.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.application.service.PaymentFollowUpService;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Follows each file's payments as payment-service reports them, once per event. */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CHANNEL = "payment-events";
    static final EventType PAYMENT_PAID = EventType.of("payment.paid");
    static final EventType RECOVERY_ISSUED = EventType.of("payment.recovery-issued");
    /** The money owed collected, or the titre cancelled: the grant is settled, the file closes as on its balance. */
    static final EventType RECOVERY_SETTLED = EventType.of("payment.recovery-settled");
    static final EventType GRANT_LAPSED = EventType.of("grant.lapsed");
    /** The events that move one payment along; the others (lapse reminders…) are not the file's business. */
    static final Set<String> PAYMENT_STEPS = Set.of("payment.requested", "payment.approved", "payment.ordered",
            "payment.rejected");

    private final Inbox inbox;
    private final PaymentFollowUpService payments;
    private final ObjectMapper mapper;

    @Inject
    public PaymentEventsConsumer(Inbox inbox, PaymentFollowUpService payments, ObjectMapper mapper) {
        this.inbox = inbox;
        this.payments = payments;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, this::consume);
    }

    void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        boolean step = PAYMENT_STEPS.contains(event.type().shortName());
        boolean settled = event.type().equals(PAYMENT_PAID) || event.type().equals(RECOVERY_SETTLED);
        if (!step && !settled && !event.type().equals(RECOVERY_ISSUED) && !event.type().equals(GRANT_LAPSED)) {
            return;
        }
        PaymentReport report = event.dataAs(PaymentReport.class, mapper);
        // The relay publishes each grant's events in order: the record's time orders the reports.
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC);
        inbox.processOnce(CHANNEL, event, e -> {
            if (step) {
                payments.paymentMoved(report, at);
            } else if (settled) {
                payments.paymentPaid(report, at);
            } else if (e.type().equals(RECOVERY_ISSUED)) {
                payments.recoveryIssued(report, at);
            } else {
                payments.grantLapsed(report, at);
            }
        });
    }
}
