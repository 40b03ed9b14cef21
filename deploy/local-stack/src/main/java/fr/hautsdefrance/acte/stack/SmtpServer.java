package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real SMTP server that keeps what it receives: GreenMail standalone (Maven Central) in a JVM
 * of its own. Every message can be read back over HTTP, per recipient, from its API
 * ({@code GET /api/user/<address>/messages/}), which also has a small web page at its root.
 * Accepts any sender without authentication: it is for the local stack and the tests only.
 */
public final class SmtpServer implements AutoCloseable {

    private static final String JAR_RESOURCE = "/acte/smtp-server.properties";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int smtpPort;
    private final int apiPort;
    private final ManagedProcess process;

    private SmtpServer(int smtpPort, int apiPort, ManagedProcess process) {
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
        this.process = process;
    }

    /** Starts the server on {@code smtpPort}, its HTTP API on {@code apiPort}; its log goes under {@code directory}. */
    public static SmtpServer start(Path directory, int smtpPort, int apiPort) {
        return start(directory, smtpPort, apiPort, SmtpServerMain.DEFAULT_PURGE_ABOVE);
    }

    /**
     * As {@link #start(Path, int, int)}, the messages kept dropped once they fill more than
     * {@code purgeAbove} of the server's heap after a collection (see {@link SmtpServerMain}).
     */
    static SmtpServer start(Path directory, int smtpPort, int apiPort, double purgeAbove) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String classpath = greenMailJar() + java.io.File.pathSeparator + ownLocation();
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xmx128m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-cp", classpath,
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                // Any sender, any recipient: mailboxes are created as messages arrive.
                "-Dgreenmail.auth.disabled", "-D" + SmtpServerMain.PURGE_ABOVE_PROPERTY + "=" + purgeAbove,
                "fr.hautsdefrance.acte.stack.SmtpServerMain");
        ManagedProcess process = ManagedProcess.start("smtp", command, Map.of(), directory,
                directory.resolve("smtp.log"), true);
        SmtpServer server = new SmtpServer(smtpPort, apiPort, process);
        process.awaitReady(() -> Http.isOk(server.apiUrl() + "/api/service/readiness"), START_TIMEOUT);
        return server;
    }

    public String host() {
        return "localhost";
    }

    public int smtpPort() {
        return smtpPort;
    }

    /** Where messages are read back, e.g. {@code <apiUrl>/api/user/jeanne@example.org/messages/}. */
    public String apiUrl() {
        return "http://localhost:" + apiPort;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }

    private static String greenMailJar() {
        Properties properties = new Properties();
        try (InputStream in = SmtpServer.class.getResourceAsStream(JAR_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + JAR_RESOURCE + " on the classpath: build deploy/local-stack");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path jar = Path.of(properties.getProperty("jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("GreenMail standalone is missing at " + jar
                    + ": build deploy/local-stack (./mvnw -B package -pl deploy/local-stack), which downloads it");
        }
        return jar.toString();
    }

    /** The jar or classes folder holding {@link SmtpServerMain}, read from a resource URL as class loaders differ. */
    private static String ownLocation() {
        String entry = SmtpServerMain.class.getName().replace('.', '/') + ".class";
        URL resource = SmtpServer.class.getResource("/" + entry);
        if (resource == null) {
            throw new IllegalStateException("Cannot locate " + entry);
        }
        String url = resource.toString();
        try {
            if (url.startsWith("jar:")) {
                return Path.of(java.net.URI.create(url.substring(4, url.indexOf("!/")))).toString();
            }
            String folder = url.substring(0, url.length() - entry.length());
            return Path.of(java.net.URI.create(folder)).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Cannot locate " + entry + " from " + url, e);
        }
    }
}
