package fr.hautsdefrance.acte.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sends one outbox row to its topic as a binary-mode CloudEvent keyed by its aggregate id. */
@ApplicationScoped
public class OutboxPublisher {

    private final MutinyEmitter<String> emitter;
    private final MessagingConfig config;

    @Inject
    public OutboxPublisher(@Channel("acte-outbox") MutinyEmitter<String> emitter, MessagingConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /** Completes when the broker has acknowledged the record. */
    Uni<Void> send(OutboxEvent event) {
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.aggregateId)
                .withHeaders(List.of(
                        header(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0),
                        header(CloudEventHeaders.ID, event.eventId.toString()),
                        header(CloudEventHeaders.SOURCE, config.source()),
                        header(CloudEventHeaders.TYPE, event.eventType),
                        header(CloudEventHeaders.SUBJECT, event.aggregateType + "/" + event.aggregateId),
                        header(CloudEventHeaders.TIME, event.occurredAt.toString()),
                        header(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)))
                .build();
        return emitter.sendMessage(Message.of(event.payload).addMetadata(metadata));
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
