package fr.hautsdefrance.acte.testing;

import fr.hautsdefrance.acte.stack.SmtpServer;
import fr.hautsdefrance.acte.stack.StackPorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real SMTP server (GreenMail standalone, its own JVM) for a service's {@code @QuarkusTest}s, once
 * per test JVM. Tests read back what it received with {@link Mailbox}, and may take it down and bring
 * it back on the same port ({@link #stopServer()}, {@link #startServer()}) to play an outage.
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String SMTP_PORT_PROPERTY = "acte.test.smtp.port";
    private static final String API_PORT_PROPERTY = "acte.test.smtp.api-port";
    private static final String PID_PROPERTY = "acte.test.smtp.pid";
    private static final String DIRECTORY_PROPERTY = "acte.test.smtp.directory";

    @Override
    public synchronized Map<String, String> start() {
        if (System.getProperty(SMTP_PORT_PROPERTY) == null) {
            try {
                System.setProperty(DIRECTORY_PROPERTY, Files.createTempDirectory("acte-test-smtp").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(SMTP_PORT_PROPERTY, Integer.toString(StackPorts.freePort()));
            System.setProperty(API_PORT_PROPERTY, Integer.toString(StackPorts.freePort()));
            startServer();
        }
        return Map.of(
                "quarkus.mailer.host", "localhost",
                "quarkus.mailer.port", System.getProperty(SMTP_PORT_PROPERTY));
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped by the shutdown hook.
    }

    /** Brings the server (back) up on its port; what it held before a stop is gone. */
    public static synchronized void startServer() {
        if (isRunning()) {
            return;
        }
        SmtpServer server = SmtpServer.start(Path.of(System.getProperty(DIRECTORY_PROPERTY)),
                Integer.parseInt(System.getProperty(SMTP_PORT_PROPERTY)),
                Integer.parseInt(System.getProperty(API_PORT_PROPERTY)));
        // The hook also keeps the process object alive: its stdin pipe is what keeps the server up.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "smtp-test-server-stop"));
        System.setProperty(PID_PROPERTY, Long.toString(server.process().pid()));
    }

    /** Takes the server down: connections to its port are refused until {@link #startServer()}. */
    public static synchronized void stopServer() {
        String pid = System.getProperty(PID_PROPERTY);
        if (pid == null) {
            return;
        }
        ProcessHandle.of(Long.parseLong(pid)).ifPresent(process -> {
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
            }
        });
        System.clearProperty(PID_PROPERTY);
    }

    public static boolean isRunning() {
        String pid = System.getProperty(PID_PROPERTY);
        return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The server's message API, e.g. {@code http://localhost:40123}. */
    public static String apiUrl() {
        return "http://localhost:" + System.getProperty(API_PORT_PROPERTY);
    }
}
