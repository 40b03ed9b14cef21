package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.stack.KafkaBroker;
import fr.hautsdefrance.acte.stack.PostgresServer;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.ServiceProcess;
import fr.hautsdefrance.acte.stack.StackPorts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A whole topic replayed through a real idempotent consumer: eligibility-service, run from its packaged
 * jar on its own PostgreSQL and Kafka, reads {@code events} {@code application.submitted} events of
 * which all but the last {@code fresh} are already in its inbox (as after a first delivery), from the
 * earliest offset, {@code passes} times. Printed: the time to catch up with the topic, the events/s, and
 * the rows each pass added, which must be exactly {@code fresh} assessments on the first pass and
 * nothing after.
 *
 * <p>The inbox is seeded by {@code COPY} rather than by a first consumption of a million events: the
 * figure wanted is the replay, and the fresh events prove the consumer still applies what is new.
 */
public final class IdempotentReplay {

    private static final String TOPIC = "acte.application.v1";
    private static final String GROUP = "eligibility-service";
    private static final String CONSUMER = "application-events";
    private static final String DATABASE = Service.ELIGIBILITY.database();
    private static final String PASSWORD = "acte-local";
    /** Fixed high bits: event {@code i} has the same id in the inbox seed and on the topic. */
    private static final long ID_PREFIX = 0x4143_5445_5245_504CL;

    public static void main(String[] args) throws Exception {
        // As in Settle: the Kafka client's log manager named before it starts, no ERROR line in the figures.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        int events = Integer.getInteger("events", 1_000_000);
        int fresh = Integer.getInteger("fresh", 1_000);
        int passes = Integer.getInteger("passes", 2);
        Path root = Path.of(System.getProperty("project", ".")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("acte-replay-benchmark");
        System.out.printf("%,d events (%,d new), %d passes; servers in %s%n", events, fresh, passes, work);

        AtomicReference<ServiceProcess> consumer = new AtomicReference<>();
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), StackPorts.freePort(), false);
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), StackPorts.freePort(),
                        StackPorts.freePort())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (consumer.get() != null) {
                    consumer.get().kill();
                }
            }));
            postgres.ensureDatabase(DATABASE, PASSWORD);
            String jdbcUrl = postgres.jdbcUrl(DATABASE);
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
                int port = StackPorts.freePort();
                Map<String, String> environment = environment(port, jdbcUrl, kafka.bootstrapServers());
                consumer.set(ServiceProcess.launch(root, Service.ELIGIBILITY, port, environment,
                        work.resolve("eligibility-service.log")));
                consumer.get().awaitReady(); // Flyway has created the inbox
                consumer.get().stop();

                long start = System.nanoTime();
                seedInbox(jdbcUrl, events - fresh);
                System.out.printf("inbox seeded with %,d processed events in %.1f s%n", events - fresh, seconds(start));
                start = System.nanoTime();
                produce(kafka.bootstrapServers(), events);
                System.out.printf("%,d events written to %s in %.1f s%n", events, TOPIC, seconds(start));
                Map<TopicPartition, Long> end = endOffsets(admin);

                Counts before = Counts.of(jdbcUrl);
                for (int pass = 1; pass <= passes; pass++) {
                    admin.deleteConsumerGroups(List.of(GROUP)).all().get(); // from the earliest offset again
                    long launched = System.nanoTime();
                    consumer.get().relaunch();
                    consumer.get().awaitReady();
                    double ready = seconds(launched);
                    awaitCaughtUp(admin, end);
                    double caughtUp = seconds(launched);
                    consumer.get().stop();
                    Counts after = Counts.of(jdbcUrl);
                    System.out.printf("pass %d: ready in %.1f s, topic consumed in %.1f s after start "
                                    + "(%.1f s after ready): %,.0f events/s; rows added: %s%n",
                            pass, ready, caughtUp, caughtUp - ready, events / (caughtUp - ready), after.minus(before));
                    before = after;
                }
                Counts total = Counts.of(jdbcUrl);
                System.out.printf("in the end: %s (expected: inbox %,d, assessments %,d, outbox %,d)%n",
                        total, events, fresh, fresh);
            }
        } finally {
            if (consumer.get() != null) {
                consumer.get().close();
            }
        }
    }

    /** The production configuration keys of eligibility-service (see its application.properties). */
    private static Map<String, String> environment(int port, String jdbcUrl, String bootstrapServers) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("ACTE_DB_URL", jdbcUrl);
        environment.put("ACTE_DB_USERNAME", DATABASE);
        environment.put("ACTE_DB_PASSWORD", PASSWORD);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        // No API call is made: the issuer is only read when a token arrives.
        environment.put("ACTE_OIDC_SERVER_URL", "http://localhost:" + StackPorts.freePort() + "/realms/acte");
        return environment;
    }

    private static void seedInbox(String jdbcUrl, int processed) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, DATABASE, PASSWORD)) {
            StringBuilder rows = new StringBuilder(processed * 80);
            for (int i = 0; i < processed; i++) {
                rows.append(CONSUMER).append('\t').append(eventId(i)).append("\tapplication.submitted\t")
                        .append("2026-12-01 10:00:00+00\n");
            }
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy processed_event (consumer, event_id, event_type, processed_at) from stdin",
                    new StringReader(rows.toString()));
        }
    }

    private static void produce(String bootstrapServers, int events) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < events; i++) {
                String applicationId = new UUID(ID_PREFIX + 1, i).toString();
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, applicationId, submitted(applicationId, i));
                header(record, "ce_specversion", "1.0");
                header(record, "ce_id", eventId(i));
                header(record, "ce_type", "fr.hautsdefrance.acte.application.submitted.v1");
                header(record, "ce_source", "/acte/application-service");
                header(record, "ce_subject", applicationId);
                header(record, "content-type", "application/json");
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static String eventId(int i) {
        return new UUID(ID_PREFIX, i).toString();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** An association's file as application-service publishes it on submission. */
    private static String submitted(String applicationId, int i) {
        return """
                {"applicationId":"%s","reference":"ACTE-2026-%06d","title":"Jardins partagés",\
                "submittedBy":"applicant-1","submittedAt":"2026-12-01T10:00:00Z",\
                "applicant":{"type":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"123456782","memberSirens":[],"deMinimisReceived":0},\
                "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,\
                "partners":[{"name":"Mairie","category":"PUBLIC_AUTHORITY"},{"name":"Habitants","category":"INHABITANTS"}]},\
                "expenses":[{"category":"OPERATING","label":"Coordination","amount":60000.00}],\
                "requestedAmount":30000.00}""".formatted(applicationId, i % 1_000_000);
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin) throws Exception {
        Map<TopicPartition, OffsetSpec> partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get()
                .get(TOPIC).partitions().stream()
                .collect(Collectors.toMap(p -> new TopicPartition(TOPIC, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(partitions).all().get().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /**
     * The consumer group has committed the end of every partition. Commits are throttled (every 5 s by
     * default), so the time measured is an upper bound, by up to that interval.
     */
    private static void awaitCaughtUp(Admin admin, Map<TopicPartition, Long> end) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get();
            if (end.entrySet().stream().allMatch(e -> committed.get(e.getKey()) != null
                    && committed.get(e.getKey()).offset() >= e.getValue())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the consumer did not catch up with " + TOPIC + " within 30 minutes");
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private record Counts(long inbox, long assessments, long outbox) {

        static Counts of(String jdbcUrl) throws SQLException {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, DATABASE, PASSWORD);
                    Statement statement = connection.createStatement()) {
                return new Counts(count(statement, "processed_event"), count(statement, "assessment"),
                        count(statement, "outbox_event"));
            }
        }

        private static long count(Statement statement, String table) throws SQLException {
            try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                return rows.getLong(1);
            }
        }

        Counts minus(Counts earlier) {
            return new Counts(inbox - earlier.inbox, assessments - earlier.assessments, outbox - earlier.outbox);
        }

        @Override
        public String toString() {
            return String.format("inbox %,d, assessments %,d, outbox %,d", inbox, assessments, outbox);
        }
    }
}
