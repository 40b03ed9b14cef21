package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A single-node Apache Kafka broker in KRaft mode, in a JVM of its own.
 *
 * <p>The broker's classpath was resolved at build time by the {@code acte-kafka-broker} module;
 * none of its jars is on this JVM's classpath.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "/acte/kafka-broker.classpath";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final int port;
    private final Path directory;
    private final Path properties;
    private final String classpath;
    private volatile ManagedProcess process;

    private KafkaBroker(int port, Path directory, Path properties, String classpath) {
        this.port = port;
        this.directory = directory;
        this.properties = properties;
        this.classpath = classpath;
        this.process = launch(false);
    }

    /** Starts a broker listening on {@code port}; its data and log go under {@code directory}. */
    public static KafkaBroker start(Path directory, int port, int controllerPort) {
        try {
            Path dataDirectory = directory.resolve("data");
            Files.createDirectories(dataDirectory);
            Path properties = directory.resolve("server.properties");
            Files.writeString(properties, serverProperties(dataDirectory, port, controllerPort));
            String classpath = brokerClasspath();
            if (!Files.exists(dataDirectory.resolve("meta.properties"))) {
                formatStorage(directory, properties, classpath);
            }
            return new KafkaBroker(port, directory, properties, classpath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ManagedProcess launch(boolean keepPreviousLog) {
        List<String> command = new ArrayList<>(jvm(classpath));
        command.addAll(List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "fr.hautsdefrance.acte.broker.KafkaBrokerMain", properties.toString()));
        Path log = directory.resolve("kafka.log");
        if (keepPreviousLog) {
            // A fresh log per run, since readiness is read from it; the previous one is kept beside it.
            ManagedProcess.keepPreviousLog(log);
        }
        ManagedProcess started = ManagedProcess.start("kafka", command, Map.of(), directory, log, true);
        started.awaitReady(() -> started.logContains("Kafka Server started"), START_TIMEOUT);
        return started;
    }

    /** Graceful stop (SIGTERM); {@link #restart()} brings the broker back on the same port and data. */
    public void stop() {
        process.close();
    }

    /** {@code kill -9}: the broker recovers its log from disk at the next start. */
    public void kill() {
        process.kill();
    }

    /** SIGSTOP: connections stay open, nothing is answered. */
    public void suspend() {
        process.suspend();
    }

    /** SIGCONT after {@link #suspend()}. */
    public void resume() {
        process.resume();
    }

    /** Starts the broker again on the same port and data directory, and waits until it serves. */
    public void restart() {
        if (process.isAlive()) {
            process.close();
        }
        process = launch(true);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }

    private static void formatStorage(Path directory, Path properties, String classpath) {
        List<String> command = new ArrayList<>(jvm(classpath));
        command.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "kafka.tools.StorageTool", "format",
                // "=" form: a base64url id may start with '-' and would be read as an option.
                "--cluster-id=" + clusterId(), "-c", properties.toString()));
        ManagedProcess format = ManagedProcess.start("kafka-storage-format", command, Map.of(), directory,
                directory.resolve("kafka-format.log"), false);
        format.awaitSuccess(Duration.ofSeconds(60));
    }

    private static List<String> jvm(String classpath) {
        return List.of(ManagedProcess.javaExecutable(), "-cp", classpath,
                "-Dlog4j2.configurationFile=" + log4jConfiguration());
    }

    /** A random 16-byte cluster id, base64url without padding, as KRaft expects. */
    private static String clusterId() {
        UUID uuid = UUID.randomUUID();
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
        bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    }

    private static String serverProperties(Path dataDirectory, int port, int controllerPort) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + controllerPort,
                "listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
                "advertised.listeners=PLAINTEXT://localhost:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDirectory,
                // Three partitions as in production, so ordering per aggregate key is really exercised.
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=3",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "");
    }

    /** The broker's dependencies plus the module's own jar, which holds {@code KafkaBrokerMain}. */
    private static String brokerClasspath() {
        java.net.URL resource = KafkaBroker.class.getResource(CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException("No " + CLASSPATH_RESOURCE
                    + " on the classpath: build the deploy/kafka-broker module first (./mvnw install -pl deploy/kafka-broker)");
        }
        try (InputStream in = resource.openStream()) {
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return moduleLocation(resource) + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jar:file:/…/acte-kafka-broker.jar!/acte/…} or {@code file:/…/target/classes/acte/…} → the jar or folder. */
    private static String moduleLocation(java.net.URL resource) {
        String url = resource.toString();
        try {
            if (url.startsWith("jar:")) {
                return Path.of(java.net.URI.create(url.substring(4, url.indexOf("!/")))).toString();
            }
            Path file = Path.of(resource.toURI());
            return file.getParent().getParent().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String log4jConfiguration() {
        try {
            Path file = Files.createTempFile("acte-kafka-log4j2", ".properties");
            file.toFile().deleteOnExit();
            Files.writeString(file, String.join("\n",
                    "rootLogger.level=INFO",
                    "rootLogger.appenderRef.stdout.ref=STDOUT",
                    "appender.stdout.type=Console",
                    "appender.stdout.name=STDOUT",
                    "appender.stdout.layout.type=PatternLayout",
                    "appender.stdout.layout.pattern=%d{ISO8601} %-5p [%c{1}] %m%n",
                    "logger.kafka.name=kafka",
                    "logger.kafka.level=WARN",
                    "logger.kafka-server.name=kafka.server.KafkaRaftServer",
                    "logger.kafka-server.level=INFO",
                    "logger.kafka-broker.name=kafka.server.BrokerServer",
                    "logger.kafka-broker.level=INFO",
                    "logger.apache.name=org.apache.kafka",
                    "logger.apache.level=WARN",
                    ""));
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
