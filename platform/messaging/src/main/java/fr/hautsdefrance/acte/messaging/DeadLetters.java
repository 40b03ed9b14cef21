package fr.hautsdefrance.acte.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The service's dead-letter topic as an operator sees it: each record with the reason it was put
 * there and where it came from; and the re-drive, which sends chosen records back to their original
 * topic once the cause is mended. Consumers deduplicate on the event id, so a record that was in fact
 * applied changes nothing the second time. Every re-drive is recorded ({@code dead_letter_redrive}).
 *
 * <p>A re-driven event arrives after the events its aggregate had since: its consumer applies it as
 * it applies a late event.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String HEADER_PREFIX = "dead-letter-";
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    private final Map<String, Object> kafka;
    private final MessagingConfig config;
    private final EntityManager entityManager;
    private volatile KafkaProducer<String, String> producer;

    /**
     * @param id             where it is on the dead-letter topic: {@code <partition>-<offset>}
     * @param reason         what the consumer said when it gave the record up
     * @param lastRedriveBy  who sent it back last, if anyone
     */
    public record DeadLetter(String id, String eventId, String eventType, String key, String reason,
            String originTopic, Integer originPartition, Long originOffset, OffsetDateTime deadLetteredAt,
            String lastRedriveBy, OffsetDateTime lastRedriveAt) {
    }

    public record Redriven(String id, String eventId, String topic, int partition, long offset) {
    }

    /** A record the operator named that is not on the dead-letter topic. */
    public static final class UnknownDeadLetterException extends RuntimeException {

        private final String id;

        UnknownDeadLetterException(String id) {
            super("no record " + id + " on the dead-letter topic");
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    @Inject
    public DeadLetters(@Identifier("default-kafka-broker") Map<String, Object> kafka, MessagingConfig config,
            EntityManager entityManager) {
        this.kafka = kafka;
        this.config = config;
        this.entityManager = entityManager;
    }

    public String topic() {
        return config.deadLetterTopic();
    }

    /** Every record on the dead-letter topic, the most recent first. */
    public List<DeadLetter> list() {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the dead-letter topic " + topic() + " could not be read to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        Map<String, Object[]> redrives = lastRedrives();
        return records.stream().sorted(Comparator.comparingLong((ConsumerRecord<String, String> r) -> r.timestamp())
                        .reversed())
                .map(record -> deadLetter(record, redrives.get(idOf(record)))).toList();
    }

    /**
     * Sends each named record back to the topic it came from, its headers as they were but for the
     * dead-letter ones, and records who did it.
     *
     * @throws UnknownDeadLetterException naming the first id that is not on the topic; nothing is sent then
     */
    public List<Redriven> redrive(List<String> ids, String by) {
        List<ConsumerRecord<String, String>> chosen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String id : ids) {
                chosen.add(read(consumer, id).orElseThrow(() -> new UnknownDeadLetterException(id)));
            }
        }
        List<Redriven> redriven = new ArrayList<>();
        for (ConsumerRecord<String, String> record : chosen) {
            String origin = deadLetterHeader(record, "topic");
            if (origin == null) {
                throw new UnknownDeadLetterException(idOf(record));
            }
            var sent = send(new ProducerRecord<>(origin, null, record.key(), record.value(), withoutDeadLetterHeaders(record)));
            String eventId = InboundEvent.header(record, CloudEventHeaders.ID);
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                            "insert into dead_letter_redrive (dead_letter_topic, dead_letter_partition, dead_letter_offset,"
                                    + " event_id, event_type, origin_topic, reason, redriven_by, redriven_at)"
                                    + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, now())")
                    .setParameter(1, record.topic()).setParameter(2, record.partition())
                    .setParameter(3, record.offset()).setParameter(4, eventId)
                    .setParameter(5, InboundEvent.header(record, CloudEventHeaders.TYPE)).setParameter(6, origin)
                    .setParameter(7, deadLetterHeader(record, "reason")).setParameter(8, by)
                    .executeUpdate());
            LOG.infof("Dead letter %s (event %s) re-driven to %s-%d@%d by %s", idOf(record), eventId, origin,
                    sent.partition(), sent.offset(), by);
            redriven.add(new Redriven(idOf(record), eventId, origin, sent.partition(), sent.offset()));
        }
        return redriven;
    }

    private org.apache.kafka.clients.producer.RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer().send(record).get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while re-driving to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the re-driven record on " + record.topic(), e);
        }
    }

    private Optional<ConsumerRecord<String, String>> read(KafkaConsumer<String, String> consumer, String id) {
        String[] parts = id.split("-", 2);
        TopicPartition partition;
        long offset;
        try {
            partition = new TopicPartition(topic(), Integer.parseInt(parts[0]));
            offset = Long.parseLong(parts[1]);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
        if (!partitions(consumer).contains(partition)) {
            return Optional.empty();
        }
        consumer.assign(List.of(partition));
        Long end = consumer.endOffsets(List.of(partition)).get(partition);
        Long beginning = consumer.beginningOffsets(List.of(partition)).get(partition);
        if (offset < beginning || offset >= end) {
            return Optional.empty();
        }
        consumer.seek(partition, offset);
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() == offset) {
                    return Optional.of(record);
                }
            }
        }
        return Optional.empty();
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic(), READ_TIMEOUT);
        return infos == null ? List.of() : infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
    }

    private Map<String, Object[]> lastRedrives() {
        Map<String, Object[]> last = new HashMap<>();
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select dead_letter_partition, dead_letter_offset, redriven_by, redriven_at"
                                + " from dead_letter_redrive where dead_letter_topic = ?1 order by id")
                .setParameter(1, topic()).getResultList());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            last.put(columns[0] + "-" + columns[1], columns);
        }
        return last;
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, String> record, Object[] lastRedrive) {
        String partition = deadLetterHeader(record, "partition");
        String offset = deadLetterHeader(record, "offset");
        return new DeadLetter(idOf(record), InboundEvent.header(record, CloudEventHeaders.ID), InboundEvent.header(record, CloudEventHeaders.TYPE),
                record.key(), deadLetterHeader(record, "reason"), deadLetterHeader(record, "topic"),
                partition == null ? null : Integer.valueOf(partition), offset == null ? null : Long.valueOf(offset),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC),
                lastRedrive == null ? null : (String) lastRedrive[2],
                lastRedrive == null ? null : toOffsetDateTime(lastRedrive[3]));
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant().atOffset(ZoneOffset.UTC) : null;
    }

    private static String idOf(ConsumerRecord<String, String> record) {
        return record.partition() + "-" + record.offset();
    }

    /** {@code dead-letter-<name>}, which the connector adds when it dead-letters a record. */
    private static String deadLetterHeader(ConsumerRecord<String, String> record, String name) {
        return InboundEvent.header(record, HEADER_PREFIX + name);
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(HEADER_PREFIX)) {
                headers.add(header.key(), header.value());
            }
        }
        return headers;
    }

    private KafkaConsumer<String, String> consumer() {
        Map<String, Object> properties = new HashMap<>(kafka);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letters-" + config.source().replace('/', '-'));
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> properties = new HashMap<>(kafka);
            properties.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-redrive-" + config.source().replace('/', '-'));
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @PreDestroy
    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
