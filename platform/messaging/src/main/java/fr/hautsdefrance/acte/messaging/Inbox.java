package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the event's
 * effect, so a redelivered or replayed event changes nothing. A failure that may pass is retried
 * here, for every consumer, before the record goes to the dead-letter topic. The events of a poll
 * whose effects only write the service's own rows share one transaction (see {@link PollApplication}).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final MessagingMetrics metrics;
    private final TraceContext traces;
    private final TransientFailureRetry retry;

    @Inject
    public Inbox(EntityManager entityManager, MessagingConfig config, ObjectMapper mapper, MessagingMetrics metrics,
            TraceContext traces) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.metrics = metrics;
        this.traces = traces;
        this.retry = new TransientFailureRetry(config.consumerRetry());
    }

    /**
     * Consumes a batch polled from Kafka: each record read as an event, its effect found in {@code handlers}
     * and applied once, the effects that only write the service's own rows together in one transaction, the
     * others each in its own ({@link PollApplication}); a record that still fails goes alone to the
     * dead-letter topic (the channel's failure strategy) and the rest of the batch goes on.
     *
     * @return completed once the failed records are dead-lettered and the batch acknowledged
     */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, String> batch,
            EventHandlers handlers) {
        List<CompletableFuture<Void>> deadLettered = new PollApplication(consumer, handlers, mapper, traces,
                ledger(consumer), record -> metrics.deadLettered(consumer, record.getTopic()),
                events -> metrics.sharedTransactionRolledBack(consumer)).apply(batch.getRecords());
        // Offsets move past a failed record only once it is safe on the dead-letter topic.
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new))
                .thenCompose(dispatched -> batch.ack());
    }

    /**
     * Applies {@code effect} unless {@code consumer} has already processed this event, each attempt in
     * a transaction of its own: a retry checks the inbox again, so an attempt whose commit did happen
     * (only its answer was lost) is not applied twice.
     *
     * @return whether the effect ran
     */
    public boolean processOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        if (QuarkusTransaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
            // The caller's transaction cannot be started again from here: it is the caller's to retry.
            return recordAndApply(consumer, event, effect);
        }
        return retry.call(event.id(),
                () -> QuarkusTransaction.requiringNew().call(() -> recordAndApply(consumer, event, effect)),
                () -> metrics.retried(consumer));
    }

    /** The inbox table and the transactions of {@code consumer}, as {@link PollApplication} uses them. */
    PollApplication.Ledger ledger(String consumer) {
        return new DatabaseLedger(consumer);
    }

    /** The inbox table and the transactions of one consumer, as {@link PollApplication} uses them. */
    private final class DatabaseLedger implements PollApplication.Ledger {

        private final String consumer;

        DatabaseLedger(String consumer) {
            this.consumer = consumer;
        }

        @Override
        public Set<String> processedAmong(Collection<String> eventIds) {
            if (eventIds.isEmpty()) {
                return Set.of();
            }
            try {
                List<?> found = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select event_id from processed_event where consumer = :consumer and event_id in (:ids)")
                        .setParameter("consumer", consumer)
                        .setParameter("ids", eventIds)
                        .getResultList());
                return found.stream().map(String.class::cast).collect(Collectors.toSet());
            } catch (RuntimeException e) {
                // Only a shortcut: each event is checked again, with retries, as it is applied.
                LOG.debugf("Processed events not looked up, each is checked on its own: %s", e.getMessage());
                return Set.of();
            }
        }

        @Override
        public void applyAlone(InboundEvent event, Runnable effect) {
            processOnce(consumer, event, applied -> effect.run());
        }

        @Override
        public void inNewTransaction(Runnable work) {
            QuarkusTransaction.requiringNew().run(work);
        }

        @Override
        public int recordProcessed(List<InboundEvent> events) {
            // One multi-row statement; a concurrent delivery of one of the ids waits on the primary key, then
            // finds it taken, and the count says so.
            StringBuilder sql = new StringBuilder(
                    "insert into processed_event (consumer, event_id, event_type, processed_at) values ");
            for (int i = 0; i < events.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?1, ?").append(2 * i + 2).append(", ?").append(2 * i + 3)
                        .append(", now())");
            }
            Query insert = entityManager.createNativeQuery(sql.append(" on conflict do nothing").toString())
                    .setParameter(1, consumer);
            for (int i = 0; i < events.size(); i++) {
                insert.setParameter(2 * i + 2, events.get(i).id()).setParameter(2 * i + 3, events.get(i).type().shortName());
            }
            return insert.executeUpdate();
        }

        @Override
        public void eventApplied() {
            // Its writes go now, so that a failure is found at the event that made it; the next event starts
            // with an empty session, as it would in a transaction of its own.
            entityManager.flush();
            entityManager.clear();
        }
    }

    private boolean recordAndApply(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        // A concurrent delivery of the same id waits on the primary key, then finds it taken.
        int inserted = entityManager.createNativeQuery(
                "insert into processed_event (consumer, event_id, event_type, processed_at) "
                        + "values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type().shortName())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
