package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the event's
 * effect, so a redelivered or replayed event changes nothing. A failure that may pass is retried
 * here, for every consumer, before the record goes to the dead-letter topic.
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
     * The skeleton every consumer shares: a batch polled from Kafka, each record read as an event, its
     * effect found in {@code handlers} and applied once (see {@link #consumeBatch(String, KafkaRecordBatch,
     * Consumer)} for the batch and the dead letters, {@link #processOnce} for the once).
     */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, String> batch,
            EventHandlers handlers) {
        return consumeBatch(consumer, batch, record -> {
            InboundEvent event = InboundEvent.from(record, mapper);
            handlers.prepare(event, mapper).ifPresentOrElse(
                    effect -> processOnce(consumer, event, applied -> effect.run()),
                    () -> LOG.debugf("Event %s (%s) is nothing to %s", event.id(), event.type(), consumer));
        });
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

    /**
     * Consumes a batch polled from Kafka. The events {@code consumer} has already processed are found with
     * one query and skipped, so a replay of a whole topic costs a query per batch rather than a transaction
     * per event. Every other record goes to {@code handler}, in order and in a span continuing the trace
     * the record carries (see {@link TraceContext}), which applies it through
     * {@link #processOnce} (its own transaction, its retries); a record that still fails goes alone to the
     * dead-letter topic (the channel's failure strategy) and the rest of the batch goes on.
     *
     * @return completed once the failed records are dead-lettered and the batch acknowledged
     */
    public CompletionStage<Void> consumeBatch(String consumer, KafkaRecordBatch<String, String> batch,
            Consumer<ConsumerRecord<String, String>> handler) {
        List<CompletableFuture<Void>> deadLettered = dispatch(batch.getRecords(),
                ids -> processedAmong(consumer, ids),
                record -> traces.consume(consumer, record, () -> handler.accept(record)),
                record -> metrics.deadLettered(consumer, record.getTopic()));
        // Offsets move past a failed record only once it is safe on the dead-letter topic.
        return CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new))
                .thenCompose(dispatched -> batch.ack());
    }

    static List<CompletableFuture<Void>> dispatch(List<KafkaRecord<String, String>> records,
            Function<Collection<String>, Set<String>> processedAmong, Consumer<ConsumerRecord<String, String>> handler,
            Consumer<KafkaRecord<String, String>> deadLettering) {
        List<ConsumerRecord<String, String>> received = records.stream().map(Inbox::consumerRecord).toList();
        // Stream.toList keeps the nulls of records without an id: the handler finds them poison.
        List<String> ids = received.stream().map(record -> InboundEvent.header(record, CloudEventHeaders.ID)).toList();
        Set<String> processed = processedAmong.apply(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String id = ids.get(i);
            if (id != null && processed.contains(id)) {
                continue;
            }
            try {
                handler.accept(received.get(i));
            } catch (RuntimeException failure) {
                deadLettering.accept(records.get(i));
                deadLettered.add(records.get(i).nack(failure).toCompletableFuture());
            }
        }
        return deadLettered;
    }

    private Set<String> processedAmong(String consumer, Collection<String> eventIds) {
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

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record received from Kafka: " + record));
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
