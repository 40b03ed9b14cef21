package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A CloudEvent received from Kafka (binary mode): its attributes from the headers, its data as JSON,
 * and when the broker recorded it ({@code recordedAt}, the record's timestamp).
 * A record that is not a well-formed ACTE event is a {@link PoisonEventException}.
 */
public record InboundEvent(String id, EventType type, String source, String subject, String key, JsonNode data,
        OffsetDateTime recordedAt) {

    public static InboundEvent from(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String id = required(record, CloudEventHeaders.ID);
        String cloudEventType = required(record, CloudEventHeaders.TYPE);
        EventType type = EventType.fromCloudEventType(cloudEventType);
        if (type == null) {
            throw new PoisonEventException("unknown event type " + cloudEventType);
        }
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        try {
            JsonNode data = mapper.readTree(record.value());
            if (!data.isObject()) {
                throw new PoisonEventException("event " + id + " data is not a JSON object");
            }
            return new InboundEvent(id, type, header(record, CloudEventHeaders.SOURCE),
                    header(record, CloudEventHeaders.SUBJECT), record.key(), data,
                    OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC));
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("event " + id + " data is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The data as {@code payloadType}; a payload that does not fit is poison, not a transient failure. */
    public <T> T dataAs(Class<T> payloadType, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(data, payloadType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonEventException("event " + id + " (" + type + ") does not match "
                    + payloadType.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("record at " + record.topic() + "-" + record.partition() + "@"
                    + record.offset() + " has no " + name + " header");
        }
        return value;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
