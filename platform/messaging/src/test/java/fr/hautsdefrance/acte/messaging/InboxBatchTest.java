package fr.hautsdefrance.acte.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class InboxBatchTest {

    private final List<Collection<String>> lookups = new ArrayList<>();
    private final List<String> handled = new ArrayList<>();
    private final Map<Long, Throwable> deadLettered = new LinkedHashMap<>();
    /** What the dead-letter meter was told of. */
    private final List<KafkaRecord<String, String>> counted = new ArrayList<>();

    @Test
    void events_already_processed_are_skipped_after_one_lookup_and_the_others_handled_in_order() {
        List<KafkaRecord<String, String>> batch = List.of(record(0, "e-1"), record(1, "e-2"), record(2, "e-3"),
                record(3, "e-4"));

        List<CompletableFuture<Void>> failures = Inbox.dispatch(batch, processed("e-1", "e-3"),
                record -> handled.add(record.value()), counted::add);

        assertThat(lookups).containsExactly(Set.of("e-1", "e-2", "e-3", "e-4"));
        assertThat(handled).containsExactly("data of e-2", "data of e-4");
        assertThat(failures).isEmpty();
        assertThat(counted).isEmpty();
    }

    @Test
    void a_record_that_fails_goes_alone_to_the_failure_strategy_and_the_batch_goes_on() {
        List<KafkaRecord<String, String>> batch = List.of(record(10, "e-1"), record(11, "e-2"), record(12, "e-3"));
        PoisonEventException poison = new PoisonEventException("event e-2 data is not JSON");

        List<CompletableFuture<Void>> failures = Inbox.dispatch(batch, processed(), record -> {
            if (record.offset() == 11) {
                throw poison;
            }
            handled.add(record.value());
        }, counted::add);

        assertThat(handled).containsExactly("data of e-1", "data of e-3");
        assertThat(failures).hasSize(1);
        assertThat(deadLettered).containsOnlyKeys(11L).containsValue(poison);
        assertThat(counted).extracting(KafkaRecord::getTopic).containsExactly("acte.application.v1");
    }

    @Test
    void a_record_without_an_event_id_is_left_to_the_handler_which_knows_it_is_poison() {
        List<KafkaRecord<String, String>> batch = List.of(record(20, null), record(21, "e-1"));

        Inbox.dispatch(batch, processed("e-1"), record -> handled.add("offset " + record.offset()), counted::add);

        assertThat(lookups).containsExactly(Set.of("e-1"));
        assertThat(handled).containsExactly("offset 20");
    }

    private java.util.function.Function<Collection<String>, Set<String>> processed(String... ids) {
        return lookedUp -> {
            lookups.add(lookedUp);
            return Set.of(ids);
        };
    }

    private KafkaRecord<String, String> record(long offset, String eventId) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("acte.application.v1", 0, offset, "key",
                "data of " + eventId);
        if (eventId != null) {
            record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        }
        return new IncomingKafkaRecord<>(record, "application-events", 0, new KafkaCommitHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> acknowledged) {
                return Uni.createFrom().voidItem();
            }
        }, new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> failed, Throwable reason, Metadata metadata) {
                deadLettered.put(failed.getOffset(), reason);
                return Uni.createFrom().voidItem();
            }
        }, false);
    }
}
