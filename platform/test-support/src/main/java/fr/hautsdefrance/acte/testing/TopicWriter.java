package fr.hautsdefrance.acte.testing;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

/** Publishes records as another service (or a misbehaving producer) would. */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** A CloudEvent in binary mode, as the ACTE outbox relays publish them. */
    public static void sendEvent(String bootstrapServers, String topic, String key, String eventId,
            String cloudEventType, String json) {
        send(bootstrapServers, topic, key, json, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_source", "/acte/test",
                "ce_type", cloudEventType,
                "ce_time", java.time.OffsetDateTime.now().toString(),
                "content-type", "application/json"));
    }

    public static void send(String bootstrapServers, String topic, String key, String value,
            Map<String, String> headers) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties, new StringSerializer(),
                new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e.getCause());
        }
    }

    public static String bootstrapServers() {
        return System.getProperty(KafkaTestResource.BOOTSTRAP_PROPERTY);
    }
}
