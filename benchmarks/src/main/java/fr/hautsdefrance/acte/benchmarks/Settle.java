package fr.hautsdefrance.acte.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Waits until every consumer group of the running stack has read its topics to the end and
 * notification-service has sent every e-mail already due, so that the work of one benchmark (a deposit
 * ratio files thousands of deposits in a minute, each with its receipt) is not done during the next one's
 * measure. Prints what it found and how long it waited; never fails the run.
 *
 * <p>Knobs: {@code -Dkafka} (localhost:19092), {@code -Dnotifications} (the JDBC URL of notification-service's
 * database, the local stack's), {@code -Dminutes} to wait at most (15).
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
        String notifications = System.getProperty("notifications",
                "jdbc:postgresql://localhost:15432/acte_notification");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
             Connection mails = DriverManager.getConnection(notifications, "acte_notification", "acte-local")) {
            System.out.printf("settling: %d events not yet read by the consumers, %d e-mails due not yet sent, "
                    + "load average %s%n", lag(admin), emailsDue(mails), Machine.loadAverage());
            while (System.nanoTime() < deadline) {
                long backlog = lag(admin) + emailsDue(mails);
                long now = System.nanoTime();
                if (backlog > 0) {
                    quietSince = 0;
                } else if (quietSince == 0) {
                    quietSince = now;
                } else if (now - quietSince >= QUIET.toNanos()) {
                    System.out.printf("settled in %.0f s, load average %s%n", (now - start) / 1e9,
                            Machine.loadAverage());
                    return;
                }
                if (now - lastPrinted >= Duration.ofSeconds(30).toNanos()) {
                    System.out.printf("  %d events to read and e-mails to send after %.0f s%n", backlog,
                            (now - start) / 1e9);
                    lastPrinted = now;
                }
                Thread.sleep(1000);
            }
            System.out.printf("not settled after %d minutes (%d events to read, %d e-mails to send): the next "
                    + "figures are taken with that backlog%n", patience.toMinutes(), lag(admin), emailsDue(mails));
        }
    }

    /** E-mails waiting for an attempt already due (not those kept for a digest, nor a retry still to come). */
    private static long emailsDue(Connection mails) throws Exception {
        try (Statement sql = mails.createStatement();
             ResultSet due = sql.executeQuery("select count(*) from delivery where status = 'PENDING' "
                     + "and (next_attempt_at is null or next_attempt_at <= now())")) {
            due.next();
            return due.getLong(1);
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
