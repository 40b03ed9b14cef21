package fr.hautsdefrance.acte.messaging;

import fr.hautsdefrance.acte.testing.KafkaTestResource;
import fr.hautsdefrance.acte.testing.PostgresTestResource;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two transactions write an event about the same file at once; the one that wrote first is kept open
 * until the other has committed or is waiting for it. The relay publishes in outbox position order, so
 * the positions must follow the commit order for the file's events to reach the topic in the order its
 * changes were made.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OutboxOrderTest {

    private static final EventType SUBMITTED = EventType.of("application.submitted");

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void events_of_one_file_written_by_concurrent_transactions_are_published_in_commit_order() throws Exception {
        String file = UUID.randomUUID().toString();
        CountDownLatch firstWritten = new CountDownLatch(1);
        AtomicBoolean secondCommitted = new AtomicBoolean();
        AtomicReference<List<String>> commitOrder = new AtomicReference<>();

        try (Connection observer = dataSource.getConnection()) {
            lockRelay(observer, true);
            try {
                CompletableFuture<Void> first = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                        .run(() -> {
                            outbox.publish(SUBMITTED, file, Map.of("write", "first"));
                            firstWritten.countDown();
                            await().until(() -> secondCommitted.get() || someoneWaitsOnAnAdvisoryLock(observer));
                            // Waiting on this transaction, the second cannot commit before it: the order is settled.
                            commitOrder.set(secondCommitted.get() ? List.of("second", "first")
                                    : List.of("first", "second"));
                        }));
                firstWritten.await();
                CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
                    QuarkusTransaction.requiringNew().run(() -> outbox.publish(SUBMITTED, file,
                            Map.of("write", "second")));
                    secondCommitted.set(true);
                });
                CompletableFuture.allOf(first, second).join();
            } finally {
                lockRelay(observer, false);
            }
        }

        List<String> byPosition = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                        "select e.payload from OutboxEvent e where e.aggregateId = :file order by e.position",
                        String.class)
                .setParameter("file", file).getResultList()).stream().map(OutboxOrderTest::write).toList();
        assertThat(byPosition).as("the file's events by outbox position").isEqualTo(commitOrder.get());

        List<ConsumerRecord<String, String>> published = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", record -> file.equals(record.key()), 2, Duration.ofSeconds(30));
        assertThat(published).extracting(record -> write(record.value()))
                .as("the file's events on the topic").isEqualTo(commitOrder.get());
    }

    private static String write(String payload) {
        return payload.contains("first") ? "first" : "second";
    }

    /** Holds the relay's lock as another replica would: nothing is published until both have committed. */
    private static void lockRelay(Connection connection, boolean lock) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                lock ? "select pg_advisory_lock(?)" : "select pg_advisory_unlock(?)")) {
            statement.setLong(1, OutboxRelay.RELAY_LOCK_KEY);
            statement.execute();
        }
    }

    private static boolean someoneWaitsOnAnAdvisoryLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and wait_event_type = 'Lock' and wait_event = 'advisory'");
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getInt(1) > 0;
        }
    }
}
