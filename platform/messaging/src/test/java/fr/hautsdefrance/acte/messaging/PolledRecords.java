package fr.hautsdefrance.acte.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.util.Map;

/** Records as the Kafka connector hands them to a consumer, without a broker. */
final class PolledRecords {

    private PolledRecords() {
    }

    /** {@code record} as polled; sending it to the dead-letter topic notes it in {@code deadLettered} by offset. */
    static KafkaRecord<String, String> polled(ConsumerRecord<String, String> record, Map<Long, Throwable> deadLettered) {
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
