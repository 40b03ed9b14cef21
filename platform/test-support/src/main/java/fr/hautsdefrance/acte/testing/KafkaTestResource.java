package fr.hautsdefrance.acte.testing;

import fr.hautsdefrance.acte.stack.KafkaBroker;
import fr.hautsdefrance.acte.stack.StackPorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A real Kafka broker (KRaft, its own JVM) for a service's {@code @QuarkusTest}s, once per test JVM.
 * The broker exits with the test JVM, even a killed one: it watches the pipe to its parent.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP_PROPERTY = "acte.test.kafka.bootstrap";

    @Override
    public synchronized Map<String, String> start() {
        String bootstrap = System.getProperty(BOOTSTRAP_PROPERTY);
        if (bootstrap == null) {
            try {
                KafkaBroker broker = KafkaBroker.start(Files.createTempDirectory("acte-test-kafka"),
                        StackPorts.freePort(), StackPorts.freePort());
                Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-test-broker-stop"));
                bootstrap = broker.bootstrapServers();
                System.setProperty(BOOTSTRAP_PROPERTY, bootstrap);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("kafka.bootstrap.servers", bootstrap);
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped by the shutdown hook.
    }
}
