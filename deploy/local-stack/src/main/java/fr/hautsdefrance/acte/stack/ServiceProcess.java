package fr.hautsdefrance.acte.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A service started from its packaged fast-jar, exactly as its container image runs it. It can be
 * stopped, killed and started again with the same jar, port and environment, as an orchestrator
 * restarts a container.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    /**
     * How the stack runs each service unless {@value #JVM_FLAGS_VARIABLE} says otherwise, as its container image
     * does: a heap of 128 MB for the 28-44 MB live after the deadline rush, given back when freed (the serial
     * collector shrinks it past 20 % free; without -Xms the JVM would start on 1/64 of this machine's memory), freed
     * native memory returned every 5 s, and the C1 compiler alone: no C2 code, profiles or compiler arenas, 17-40 MB
     * less resident, and no throughput loss the rush could show here (docs/benchmarks.md, "Resident memory after the rush").
     */
    static final String DEFAULT_JVM_FLAGS = "-Xms32m -Xmx128m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:TrimNativeHeapInterval=5000 -XX:TieredStopAtLevel=1";

    /**
     * Replaces the services' JVM flags, to measure others (heap, JIT, an AOT cache); {@code {app}}
     * stands for each service's own {@code target/quarkus-app} folder, e.g.
     * {@code -XX:AOTCache={app}/app.aot}.
     */
    static final String JVM_FLAGS_VARIABLE = "ACTE_SERVICE_JVM_FLAGS";

    /**
     * The process environment of the services, as their container images set it: glibc otherwise keeps up to
     * eight arenas per core of freed native memory (the JIT's and Netty's), resident long after the rush.
     */
    static final Map<String, String> DEFAULT_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    private final Service service;
    private final int port;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path logFile;
    private volatile ManagedProcess process;

    private ServiceProcess(Service service, int port, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path logFile) {
        this.service = service;
        this.port = port;
        this.command = command;
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.logFile = logFile;
        this.process = ManagedProcess.start(service.module(), command, environment, workingDirectory, logFile, false);
    }

    /**
     * Whether the services run with the JDK 25 AOT cache: {@code train}, {@code off}, or unset to use a fresh
     * cache when there is one (see {@link ServiceLaunch}).
     */
    static final String AOT_VARIABLE = "ACTE_AOT";

    /** Starts {@code service}'s packaged jar with {@code environment} (its production configuration keys). */
    public static ServiceProcess launch(Path projectRoot, Service service, int port, Map<String, String> environment,
            Path logFile) {
        ServiceLaunch launch = ServiceLaunch.of(projectRoot.resolve(service.module()), System.getenv(JVM_FLAGS_VARIABLE),
                ServiceLaunch.AotMode.of(System.getenv(AOT_VARIABLE)), Runtime.version().feature());
        Path jar = launch.runner();
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": package the services first (./mvnw -B package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(ManagedProcess.javaExecutable());
        command.addAll(launch.jvmFlags());
        command.addAll(List.of("-jar", jar.toString()));
        return new ServiceProcess(service, port, command, processEnvironment(environment, System.getenv()), projectRoot,
                logFile);
    }

    /**
     * The service's configuration keys over {@link #DEFAULT_ENVIRONMENT}, less what the operator's own environment
     * ({@code inherited}, which the process inherits) already sets.
     */
    static Map<String, String> processEnvironment(Map<String, String> configuration, Map<String, String> inherited) {
        Map<String, String> environment = new HashMap<>();
        DEFAULT_ENVIRONMENT.forEach((name, value) -> {
            if (!inherited.containsKey(name)) {
                environment.put(name, value);
            }
        });
        environment.putAll(configuration);
        return environment;
    }

    static List<String> jvmFlags(String configured, Path app) {
        String flags = configured == null || configured.isBlank() ? DEFAULT_JVM_FLAGS : configured.strip();
        return Arrays.stream(flags.split("\\s+")).map(flag -> flag.replace("{app}", app.toString())).toList();
    }

    /** Waits until the service answers ready (database and Kafka reachable). */
    public void awaitReady() {
        process.awaitReady(() -> Http.isOk(url() + "/q/health/ready"), READY_TIMEOUT);
    }

    public Service service() {
        return service;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    /** The current process: a restart replaces it. */
    public ManagedProcess process() {
        return process;
    }

    /** Graceful stop (SIGTERM), as a rolling update does. */
    public void stop() {
        process.close();
    }

    /** {@code kill -9}: whatever the service had not committed is lost. */
    public void kill() {
        process.kill();
    }

    /** Starts the service again (the previous run's log kept as {@code .1}, {@code .2}…) and waits until it is ready. */
    public void restart() {
        relaunch();
        awaitReady();
    }

    /** Starts the service again without waiting for it: several can then boot side by side. */
    public void relaunch() {
        if (process.isAlive()) {
            process.close();
        }
        ManagedProcess.keepPreviousLog(logFile);
        process = ManagedProcess.start(service.module(), command, environment, workingDirectory, logFile, false);
    }

    @Override
    public void close() {
        process.close();
    }
}
