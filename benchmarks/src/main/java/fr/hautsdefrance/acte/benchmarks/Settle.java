package fr.hautsdefrance.acte.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Waits until every consumer group of the running stack has read its topics to the end, so that the
 * events of one benchmark (a deposit ratio files thousands of deposits in a minute) are not consumed
 * during the next one's measure. Prints the lag it found and how long it waited; never fails the run.
 *
 * <p>Knobs: {@code -Dkafka} (localhost:19092), {@code -Dminutes} to wait at most (15).
 */
public final class Settle {

    /** Offsets are committed every few seconds: a lag of zero is believed once it has held this long. */
    private static final Duration QUIET = Duration.ofSeconds(6);

    private Settle() {
    }

    public static void main(String[] args) throws Exception {
        // The Kafka client logs through the services' log manager (on this classpath): named before it starts,
        // it does not print an ERROR line into every run's figures.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        String bootstrap = System.getProperty("kafka", "localhost:19092");
        Duration patience = Duration.ofMinutes(Long.getLong("minutes", 15));
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        long quietSince = 0;
        long lastPrinted = 0;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            long firstLag = lag(admin);
            System.out.printf("settling: %d events not yet read by the consumers, load average %s%n", firstLag,
                    Machine.loadAverage());
            while (System.nanoTime() < deadline) {
                long lag = lag(admin);
                long now = System.nanoTime();
                if (lag > 0) {
                    quietSince = 0;
                } else if (quietSince == 0) {
                    quietSince = now;
                } else if (now - quietSince >= QUIET.toNanos()) {
                    System.out.printf("settled in %.0f s, load average %s%n", (now - start) / 1e9,
                            Machine.loadAverage());
                    return;
                }
                if (now - lastPrinted >= Duration.ofSeconds(30).toNanos()) {
                    System.out.printf("  %d events still to read after %.0f s%n", lag, (now - start) / 1e9);
                    lastPrinted = now;
                }
                Thread.sleep(1000);
            }
            System.out.printf("not settled after %d minutes (%d events still to read): the next figures are "
                    + "taken with that backlog%n", patience.toMinutes(), lag(admin));
        }
    }

    /** Events published and not yet committed as read, summed over every consumer group and partition. */
    private static long lag(Admin admin) throws Exception {
        Set<TopicPartition> partitions = new HashSet<>();
        Map<String, Map<TopicPartition, Long>> byGroup = new HashMap<>();
        for (ConsumerGroupListing group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            byGroup.put(group.groupId(), offsets.entrySet().stream().filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset())));
            partitions.addAll(offsets.keySet());
        }
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, Long> end = admin.listOffsets(partitions.stream()
                        .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest())))
                .all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        return byGroup.values().stream()
                .flatMap(offsets -> offsets.entrySet().stream())
                .mapToLong(e -> Math.max(0, end.getOrDefault(e.getKey(), 0L) - e.getValue()))
                .sum();
    }
}
