package fr.hautsdefrance.acte.testing;

import fr.hautsdefrance.acte.stack.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

/**
 * A real PostgreSQL server for a service's {@code @QuarkusTest}s: started once per test JVM, however
 * many times Quarkus restarts (a system property survives its class loaders, a static field does not).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String PORT_PROPERTY = "acte.test.postgres.port";
    private static final String DATABASE = "acte_test";
    private static final String PASSWORD = "acte-test";

    @Override
    public synchronized Map<String, String> start() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try {
                PostgresServer server = PostgresServer.start(Files.createTempDirectory("acte-test-postgres"), 0, false);
                server.ensureDatabase(DATABASE, PASSWORD);
                port = Integer.toString(server.port());
                System.setProperty(PORT_PROPERTY, port);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + port + "/" + DATABASE,
                "quarkus.datasource.username", DATABASE,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        // Stopped by the server's own shutdown hook when the test JVM exits: later test classes reuse it.
    }
}
