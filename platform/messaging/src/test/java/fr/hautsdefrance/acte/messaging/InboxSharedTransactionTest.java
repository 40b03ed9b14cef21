package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.testing.KafkaTestResource;
import fr.hautsdefrance.acte.testing.PostgresTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared transaction of a poll against a real PostgreSQL: one statement records its events, a rollback none. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class InboxSharedTransactionTest {

    private static final EventType SUBMITTED = EventType.of("application.submitted");

    record Payload(String file) {
    }

    @Inject
    Inbox inbox;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper mapper;

    @Inject
    TraceContext traces;

    @Test
    void events_recorded_by_one_statement_are_kept_only_if_the_transaction_commits_and_never_twice() {
        PollApplication.Ledger ledger = inbox.ledger("shared-" + UUID.randomUUID());
        List<InboundEvent> events = List.of(event("e-1"), event("e-2"), event("e-3"));
        Set<String> ids = Set.of("e-1", "e-2", "e-3");

        assertThatThrownBy(() -> ledger.inNewTransaction(() -> {
            assertThat(ledger.recordProcessed(events)).isEqualTo(3);
            throw new IllegalStateException("an effect failed");
        })).hasMessage("an effect failed");
        assertThat(ledger.processedAmong(ids)).isEmpty();

        ledger.inNewTransaction(() -> assertThat(ledger.recordProcessed(events.subList(0, 2))).isEqualTo(2));
        ledger.inNewTransaction(() -> assertThat(ledger.recordProcessed(events)).isEqualTo(1));

        assertThat(ledger.processedAmong(ids)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void a_poll_whose_shared_transaction_fails_keeps_each_other_effect_once_and_dead_letters_only_the_failing_event() {
        String consumer = "shared-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String refused = run + "-3";
        EventHandlers handlers = EventHandlers.builder()
                .on(SUBMITTED, Payload.class, EventHandlers.Writes.OWN_ROWS_ONLY, (event, payload) -> () -> {
                    outbox.publish(SUBMITTED, payload.file(), Map.of("file", payload.file()));
                    if (payload.file().equals(refused)) {
                        // Found unusable only once written: the shared transaction goes back, then this event alone.
                        throw new PoisonEventException("event " + event.id() + " names a file this service refuses");
                    }
                })
                .build();
        Map<Long, Throwable> deadLettered = new ConcurrentHashMap<>();
        List<KafkaRecord<String, String>> records = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            records.add(record(i, run + "-event-" + i, run + "-" + i, deadLettered));
        }
        List<Integer> rolledBack = new ArrayList<>();

        new PollApplication(consumer, handlers, mapper, traces, inbox.ledger(consumer), record -> { },
                rolledBack::add).apply(records).forEach(java.util.concurrent.CompletableFuture::join);

        assertThat(rolledBack).containsExactly(5);
        assertThat(deadLettered).containsOnlyKeys(3L);
        assertThat(outboxRowsOf(run)).containsExactlyInAnyOrder(run + "-1", run + "-2", run + "-4", run + "-5");
        assertThat(inbox.ledger(consumer).processedAmong(Set.of(run + "-event-1", run + "-event-2", run + "-event-3",
                run + "-event-4", run + "-event-5")))
                .containsExactlyInAnyOrder(run + "-event-1", run + "-event-2", run + "-event-4", run + "-event-5");
    }

    @Test
    void a_poll_applies_its_events_in_one_transaction() {
        String consumer = "shared-" + UUID.randomUUID();
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Long> transactions = new ArrayList<>();
        EventHandlers handlers = EventHandlers.builder()
                .on(SUBMITTED, Payload.class, EventHandlers.Writes.OWN_ROWS_ONLY, (event, payload) -> () -> {
                    outbox.publish(SUBMITTED, payload.file(), Map.of("file", payload.file()));
                    transactions.add(((Number) entityManager.createNativeQuery("select txid_current()")
                            .getSingleResult()).longValue());
                })
                .build();
        List<KafkaRecord<String, String>> records = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            records.add(record(i, run + "-event-" + i, run + "-" + i, new ConcurrentHashMap<>()));
        }

        new PollApplication(consumer, handlers, mapper, traces, inbox.ledger(consumer), record -> { },
                count -> { }).apply(records);

        assertThat(transactions).hasSize(4);
        assertThat(Set.copyOf(transactions)).hasSize(1);
        assertThat(outboxRowsOf(run)).hasSize(4);
    }

    private List<String> outboxRowsOf(String run) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select aggregate_id from outbox_event where aggregate_id like ?1", String.class)
                .setParameter(1, run + "-%").getResultList());
    }

    private InboundEvent event(String id) {
        return new InboundEvent(id, SUBMITTED, "/acte/test", null, "key", mapper.createObjectNode(), null);
    }

    private KafkaRecord<String, String> record(long offset, String eventId, String file,
            Map<Long, Throwable> deadLettered) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("acte.application.v1", 0, offset, file,
                "{\"file\":\"" + file + "\"}");
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, SUBMITTED.cloudEventType().getBytes(StandardCharsets.UTF_8));
        return PolledRecords.polled(record, deadLettered);
    }
}
