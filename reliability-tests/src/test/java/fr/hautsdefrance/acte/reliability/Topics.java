package fr.hautsdefrance.acte.reliability;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The tests' own Kafka client: consumer groups, topics read from the start, records delivered by hand. */
final class Topics implements AutoCloseable {

    static final String APPLICATION = "acte.application.v1";
    static final String ELIGIBILITY = "acte.eligibility.v1";
    static final String PAYMENT = "acte.payment.v1";
    static final String NOTIFICATION = "acte.notification.v1";
    static final String ORGANISATION_CONTACTS = "acte.organisation-contacts.v1";

    /** Each service's consumer group and the topics it reads (see each application.properties). */
    static final Map<String, List<String>> GROUPS = Map.of(
            "application-service", List.of(ELIGIBILITY),
            "eligibility-service", List.of(APPLICATION),
            "payment-service", List.of(APPLICATION, ORGANISATION_CONTACTS),
            "notification-service", List.of(APPLICATION, PAYMENT, ORGANISATION_CONTACTS));

    private final String bootstrapServers;
    private final Admin admin;
    private KafkaProducer<String, String> producer;

    Topics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 20_000);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.admin = Admin.create(properties);
    }

    /** The partitions of {@code topic}; none when it does not exist yet. */
    List<TopicPartition> partitions(String topic) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topic);
            return description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = partitions.stream().collect(Collectors.toMap(p -> p, p -> spec));
        try {
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                    .get(30, TimeUnit.SECONDS);
            Map<TopicPartition, Long> offsets = new HashMap<>();
            result.forEach((partition, info) -> offsets.put(partition, info.offset()));
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Map<TopicPartition, Long> committed(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, Long> committed = new HashMap<>();
            offsets.forEach((partition, offset) -> {
                if (offset != null) {
                    committed.put(partition, offset.offset());
                }
            });
            return committed;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What each group has still to read: end offsets minus committed offsets, over the topics it reads. */
    Map<String, Long> lagByGroup() {
        Map<String, Long> lags = new LinkedHashMap<>();
        GROUPS.forEach((group, topics) -> {
            List<TopicPartition> partitions = topics.stream().flatMap(t -> partitions(t).stream()).toList();
            Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> committed = committed(group);
            long lag = 0;
            for (TopicPartition partition : partitions) {
                lag += end.get(partition) - committed.getOrDefault(partition, start.get(partition));
            }
            lags.put(group, lag);
        });
        return lags;
    }

    long totalLag() {
        return lagByGroup().values().stream().mapToLong(Long::longValue).sum();
    }

    /** Records that {@code group} has committed on {@code topics}, from each partition's start. */
    long committedCount(String group) {
        List<TopicPartition> partitions = GROUPS.get(group).stream().flatMap(t -> partitions(t).stream()).toList();
        Map<TopicPartition, Long> start = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> committed = committed(group);
        long count = 0;
        for (TopicPartition partition : partitions) {
            count += committed.getOrDefault(partition, start.get(partition)) - start.get(partition);
        }
        return count;
    }

    /**
     * Moves {@code group} back to the first offset of every partition it reads, as an operator does
     * with {@code kafka-consumer-groups --reset-offsets --to-earliest}; the group must have no member.
     */
    void resetToEarliest(String group) {
        List<TopicPartition> partitions = GROUPS.get(group).stream().flatMap(t -> partitions(t).stream()).toList();
        Map<TopicPartition, OffsetAndMetadata> earliest = new HashMap<>();
        offsets(partitions, OffsetSpec.earliest()).forEach((p, o) -> earliest.put(p, new OffsetAndMetadata(o)));
        try {
            admin.alterConsumerGroupOffsets(group, earliest).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot reset " + group + " (are its members stopped?)", e);
        }
    }

    /** Every record of {@code topic} from its first offset to its current end. */
    List<ConsumerRecord<String, String>> readAll(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        if (partitions.isEmpty()) {
            return List.of();
        }
        Map<TopicPartition, Long> end = offsets(partitions, OffsetSpec.latest());
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reliability-reader-" + UUID.randomUUID());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Delivers a record as is: the tests' way of redelivering, replaying or poisoning. */
    RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + record.topic(), e);
        }
    }

    /** A copy of {@code record} for the same topic, partition and key, with the same headers and value. */
    static ProducerRecord<String, String> copyOf(ConsumerRecord<String, String> record) {
        ProducerRecord<String, String> copy = new ProducerRecord<>(record.topic(), record.partition(), record.key(),
                record.value());
        record.headers().forEach(h -> copy.headers().add(h.key(), h.value()));
        return copy;
    }

    /** The records of {@code topic} keyed {@code key} (the aggregate id), in offset order per partition. */
    List<ConsumerRecord<String, String>> recordsOf(String topic, String key) {
        return readAll(topic).stream().filter(r -> key.equals(r.key())).toList();
    }

    /** The partition Kafka's default partitioner gives {@code key}: where that aggregate's events go. */
    int partitionOf(String topic, String key) {
        int partitions = partitions(topic).size();
        return org.apache.kafka.common.utils.Utils.toPositive(
                org.apache.kafka.common.utils.Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    @Override
    public void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        admin.close(Duration.ofSeconds(5));
    }
}
