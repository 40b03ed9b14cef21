package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.OpenTelemetry;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** How the records of one poll are applied, against a database that keeps only what its transactions commit. */
class InboxBatchTest {

    /** Its effect only writes the service's own rows: it may share the poll's transaction. */
    private static final EventType RECORDED = EventType.of("application.submitted");
    /** Its effect may reach beyond the database: always applied alone. */
    private static final EventType SENT = EventType.of("application.withdrawn");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Payload(String value) {
    }

    private final Database database = new Database();
    private final Map<Long, Throwable> deadLettered = new LinkedHashMap<>();
    /** What the dead-letter meter was told of. */
    private final List<KafkaRecord<String, String>> counted = new ArrayList<>();
    private final List<Integer> rolledBack = new ArrayList<>();

    private final EventHandlers handlers = EventHandlers.builder()
            .on(RECORDED, Payload.class, EventHandlers.Writes.OWN_ROWS_ONLY, (event, payload) -> () -> apply(payload))
            .on(SENT, Payload.class, (event, payload) -> () -> apply(payload))
            .build();

    @Test
    void consecutive_events_writing_only_own_rows_are_applied_in_one_transaction_recorded_by_one_statement() {
        List<CompletableFuture<Void>> failures = consume(record(0, "e-1", RECORDED), record(1, "e-2", RECORDED),
                record(2, "e-3", RECORDED), record(3, "e-4", RECORDED));

        assertThat(database.committed).containsExactly(List.of("e-1", "e-2", "e-3", "e-4"));
        assertThat(database.recordStatements).isEqualTo(1);
        assertThat(database.effects).containsExactly("effect of e-1", "effect of e-2", "effect of e-3",
                "effect of e-4");
        assertThat(database.processed).containsExactlyInAnyOrder("e-1", "e-2", "e-3", "e-4");
        assertThat(failures).isEmpty();
        assertThat(rolledBack).isEmpty();
    }

    @Test
    void events_already_processed_are_skipped_after_one_lookup_and_the_others_applied_in_order() {
        database.processed.addAll(Set.of("e-1", "e-3"));

        List<CompletableFuture<Void>> failures = consume(record(0, "e-1", RECORDED), record(1, "e-2", RECORDED),
                record(2, "e-3", RECORDED), record(3, "e-4", RECORDED));

        assertThat(database.lookups).containsExactly(Set.of("e-1", "e-2", "e-3", "e-4"));
        assertThat(database.effects).containsExactly("effect of e-2", "effect of e-4");
        assertThat(database.committed).containsExactly(List.of("e-2", "e-4"));
        assertThat(failures).isEmpty();
        assertThat(counted).isEmpty();
    }

    @Test
    void an_event_failing_in_a_shared_transaction_rolls_it_back_and_only_that_event_is_dead_lettered() {
        IllegalStateException broken = new IllegalStateException("check constraint violated by e-3");
        database.failing.put("effect of e-3", broken);

        List<CompletableFuture<Void>> failures = consume(record(10, "e-1", RECORDED), record(11, "e-2", RECORDED),
                record(12, "e-3", RECORDED), record(13, "e-4", RECORDED), record(14, "e-5", RECORDED));

        assertThat(rolledBack).containsExactly(5);
        // The neighbours applied once each, alone, in order; nothing of the rolled-back transaction remains.
        assertThat(database.effects).containsExactly("effect of e-1", "effect of e-2", "effect of e-4",
                "effect of e-5");
        assertThat(database.committed).containsExactly(List.of("e-1"), List.of("e-2"), List.of("e-4"), List.of("e-5"));
        assertThat(database.processed).containsExactlyInAnyOrder("e-1", "e-2", "e-4", "e-5");
        assertThat(failures).hasSize(1);
        assertThat(deadLettered).containsOnlyKeys(12L).containsValue(broken);
        assertThat(counted).extracting(KafkaRecord::getTopic).containsExactly("acte.application.v1");
    }

    @Test
    void an_event_whose_effect_may_reach_beyond_the_database_is_applied_alone_and_ends_the_run_before_it() {
        consume(record(0, "e-1", RECORDED), record(1, "e-2", RECORDED), record(2, "e-3", SENT),
                record(3, "e-4", RECORDED), record(4, "e-5", RECORDED));

        assertThat(database.committed).containsExactly(List.of("e-1", "e-2"), List.of("e-3"), List.of("e-4", "e-5"));
        assertThat(database.effects).containsExactly("effect of e-1", "effect of e-2", "effect of e-3",
                "effect of e-4", "effect of e-5");
    }

    @Test
    void a_lone_event_writing_only_own_rows_takes_the_path_of_an_event_alone() {
        consume(record(0, "e-1", SENT), record(1, "e-2", RECORDED), record(2, "e-3", SENT));

        assertThat(database.committed).containsExactly(List.of("e-1"), List.of("e-2"), List.of("e-3"));
        assertThat(database.recordStatements).isZero();
    }

    @Test
    void an_event_recorded_meanwhile_by_a_concurrent_delivery_makes_the_run_fall_back_and_is_not_applied_twice() {
        database.recordedConcurrently.add("e-2");

        consume(record(0, "e-1", RECORDED), record(1, "e-2", RECORDED), record(2, "e-3", RECORDED));

        assertThat(rolledBack).containsExactly(3);
        assertThat(database.effects).containsExactly("effect of e-1", "effect of e-3");
        assertThat(deadLettered).isEmpty();
    }

    @Test
    void an_event_delivered_twice_in_one_poll_is_applied_once() {
        consume(record(0, "e-1", RECORDED), record(1, "e-2", RECORDED), record(2, "e-1", RECORDED));

        assertThat(database.effects).containsExactly("effect of e-1", "effect of e-2");
        assertThat(rolledBack).isEmpty();
    }

    @Test
    void a_poison_record_goes_alone_to_the_dead_letter_topic_without_ending_the_run() {
        KafkaRecord<String, String> poison = record(11, "e-2", RECORDED, "{\"value\":[1,2]}");

        List<CompletableFuture<Void>> failures = consume(record(10, "e-1", RECORDED), poison,
                record(12, "e-3", RECORDED));

        assertThat(database.committed).containsExactly(List.of("e-1", "e-3"));
        assertThat(failures).hasSize(1);
        assertThat(deadLettered).containsOnlyKeys(11L);
        assertThat(deadLettered.get(11L)).isInstanceOf(PoisonEventException.class);
    }

    @Test
    void a_record_without_an_event_id_is_poison_and_not_looked_up() {
        List<CompletableFuture<Void>> failures = consume(record(20, null, RECORDED), record(21, "e-1", RECORDED));

        assertThat(database.lookups).containsExactly(Set.of("e-1"));
        assertThat(deadLettered).containsOnlyKeys(20L);
        assertThat(database.effects).containsExactly("effect of e-1");
        assertThat(failures).hasSize(1);
    }

    @Test
    void a_type_the_consumer_does_not_handle_is_skipped_without_ending_the_run() {
        consume(record(0, "e-1", RECORDED), record(1, "e-2", EventType.of("organisation.renamed")),
                record(2, "e-3", RECORDED));

        assertThat(database.committed).containsExactly(List.of("e-1", "e-3"));
        assertThat(database.processed).containsExactlyInAnyOrder("e-1", "e-3");
    }

    @SafeVarargs
    private List<CompletableFuture<Void>> consume(KafkaRecord<String, String>... records) {
        return new PollApplication("test-consumer", handlers, MAPPER, new TraceContext(OpenTelemetry.noop()), database,
                counted::add, rolledBack::add).apply(List.of(records));
    }

    private void apply(Payload payload) {
        database.write(payload.value());
    }

    private KafkaRecord<String, String> record(long offset, String eventId, EventType type) {
        return record(offset, eventId, type, "{\"value\":\"effect of " + eventId + "\"}");
    }

    private KafkaRecord<String, String> record(long offset, String eventId, EventType type, String data) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("acte.application.v1", 0, offset, "key", data);
        if (eventId != null) {
            record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        }
        record.headers().add(CloudEventHeaders.TYPE, type.cloudEventType().getBytes(StandardCharsets.UTF_8));
        return PolledRecords.polled(record, deadLettered);
    }

    /**
     * A database that keeps only what a transaction commits: the processed events, the effects' writes and,
     * per committed transaction, the events it recorded. Without retries: an event alone that fails fails.
     */
    private static final class Database implements PollApplication.Ledger {

        final Set<String> processed = new HashSet<>();
        final List<String> effects = new ArrayList<>();
        final List<List<String>> committed = new ArrayList<>();
        final List<Collection<String>> lookups = new ArrayList<>();
        /** Writes that fail, as a constraint of the database would refuse them. */
        final Map<String, RuntimeException> failing = new LinkedHashMap<>();
        /** Events another delivery records just before this poll's statement does. */
        final Set<String> recordedConcurrently = new HashSet<>();
        int recordStatements;
        private Transaction current;

        @Override
        public Set<String> processedAmong(Collection<String> eventIds) {
            lookups.add(Set.copyOf(eventIds));
            Set<String> found = new HashSet<>(eventIds);
            found.retainAll(processed);
            return found;
        }

        @Override
        public void applyAlone(InboundEvent event, Runnable effect) {
            inNewTransaction(() -> {
                processed.addAll(recordedConcurrently);
                if (processed.contains(event.id()) || !current.recorded.add(event.id())) {
                    return;
                }
                effect.run();
            });
        }

        @Override
        public void inNewTransaction(Runnable work) {
            assertThat(current).as("a transaction inside another").isNull();
            current = new Transaction();
            try {
                work.run();
                processed.addAll(current.recorded);
                effects.addAll(current.writes);
                if (!current.recorded.isEmpty()) {
                    committed.add(List.copyOf(current.recorded));
                }
            } finally {
                current = null;
            }
        }

        @Override
        public int recordProcessed(List<InboundEvent> events) {
            recordStatements++;
            processed.addAll(recordedConcurrently);
            int recorded = 0;
            for (InboundEvent event : events) {
                if (!processed.contains(event.id()) && current.recorded.add(event.id())) {
                    recorded++;
                }
            }
            return recorded;
        }

        @Override
        public void eventApplied() {
            assertThat(current).as("an event applied outside a transaction").isNotNull();
        }

        void write(String value) {
            assertThat(current).as("a write outside a transaction").isNotNull();
            if (failing.containsKey(value)) {
                throw failing.get(value);
            }
            current.writes.add(value);
        }

        private static final class Transaction {
            final java.util.LinkedHashSet<String> recorded = new java.util.LinkedHashSet<>();
            final List<String> writes = new ArrayList<>();
        }
    }
}
