package fr.hautsdefrance.acte.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A service started from its packaged fast-jar, exactly as its container image runs it. */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final Service service;
    private final int port;
    private final ManagedProcess process;

    private ServiceProcess(Service service, int port, ManagedProcess process) {
        this.service = service;
        this.port = port;
        this.process = process;
    }

    static ServiceProcess launch(Path projectRoot, Service service, int port, Map<String, String> environment,
            Path logFile) {
        Path jar = projectRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": package the services first (./mvnw -B package -DskipTests)");
        }
        List<String> command = List.of(ManagedProcess.javaExecutable(), "-Xmx384m", "-XX:+UseSerialGC",
                "-jar", jar.toString());
        ManagedProcess process = ManagedProcess.start(service.module(), command, environment, projectRoot, logFile,
                false);
        return new ServiceProcess(service, port, process);
    }

    void awaitReady() {
        process.awaitReady(() -> Http.isOk(url() + "/q/health/ready"), READY_TIMEOUT);
    }

    public Service service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public ManagedProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
