package fr.hautsdefrance.acte.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What an operator needs to see of a service's events (dashboard and alerts in k8s/base/monitoring):
 * how many wait in the outbox and for how long, how often a consumer retried, what it dead-lettered, how
 * often a transaction shared by the events of a poll was rolled back (its events then applied one by one).
 * Consumer lag comes from the Kafka client's own metrics ({@code kafka_consumer_fetch_manager_records_lag_max}).
 */
@Startup
@ApplicationScoped
public class MessagingMetrics {

    public static final String OUTBOX_PENDING = "acte.outbox.pending";
    public static final String OUTBOX_OLDEST_PENDING_AGE = "acte.outbox.oldest.pending.age";
    public static final String INBOX_RETRIES = "acte.inbox.retries";
    public static final String DEAD_LETTERED = "acte.inbox.dead.lettered";
    public static final String SHARED_ROLLBACKS = "acte.inbox.shared.rollbacks";

    private final MeterRegistry registry;

    @Inject
    public MessagingMetrics(MeterRegistry registry, DatabaseGauges gauges) {
        this.registry = registry;
        gauges.register(OUTBOX_PENDING, "Events committed but not yet published to Kafka", null,
                "select count(*) from outbox_event where published_at is null");
        gauges.register(OUTBOX_OLDEST_PENDING_AGE, "Age of the oldest event not yet published to Kafka", "seconds",
                "select coalesce(extract(epoch from now() - min(occurred_at)), 0) from outbox_event "
                        + "where published_at is null");
    }

    /** A consumer tries an event again after a failure that may pass. */
    void retried(String consumer) {
        Counter.builder(INBOX_RETRIES).description("Attempts of an event repeated after a transient failure")
                .tag("consumer", consumer).register(registry).increment();
    }

    /** A record read from {@code topic} went to the consumer's dead-letter topic. */
    void deadLettered(String consumer, String topic) {
        Counter.builder(DEAD_LETTERED).description("Records sent to the dead-letter topic, by the topic they came from")
                .tag("consumer", consumer).tag("topic", topic).register(registry).increment();
    }

    /** A transaction shared by events of one poll was rolled back: its events are applied again, one by one. */
    void sharedTransactionRolledBack(String consumer) {
        Counter.builder(SHARED_ROLLBACKS)
                .description("Transactions shared by the events of a poll rolled back, their events then applied alone")
                .tag("consumer", consumer).register(registry).increment();
    }
}
