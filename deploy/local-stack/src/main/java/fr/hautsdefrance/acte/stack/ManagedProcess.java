package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A server started as an operating-system process, its output in a log file. */
public final class ManagedProcess implements AutoCloseable {

    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private final String name;
    private final Process process;
    private final Path logFile;
    /** A stopped process ignores SIGTERM until continued: {@link #close()} continues it first. */
    private volatile boolean suspended;

    private ManagedProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command}. With {@code keepStdinOpen}, the child's standard input stays a pipe
     * to this JVM so a child that watches it (the Kafka broker) ends when this JVM ends.
     */
    public static ManagedProcess start(String name, List<String> command, Map<String, String> environment,
            Path workingDirectory, Path logFile, boolean keepStdinOpen) {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
            if (!keepStdinOpen) {
                builder.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            }
            builder.environment().putAll(environment);
            return new ManagedProcess(name, builder.start(), logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits until {@code ready} holds; fails early, with the log's tail, if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready; log " + logFile + ":\n" + tailOfLog(40));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new IllegalStateException(name + " not ready after " + timeout.toSeconds() + " s; log "
                + logFile + ":\n" + tailOfLog(40));
    }

    /** Waits for a one-shot command to finish; fails, with the log's tail, unless it succeeded. */
    public void awaitSuccess(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                close();
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(name + " failed with code " + process.exitValue() + "; log " + logFile
                    + ":\n" + tailOfLog(40));
        }
    }

    public boolean logContains(String text) {
        try {
            return Files.exists(logFile) && Files.readString(logFile).contains(text);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    public String tailOfLog(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL, as {@code kill -9} does: no shutdown hook runs, nothing is flushed or committed. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** SIGSTOP: the process keeps its sockets open but answers nothing until {@link #resume()}. */
    public void suspend() {
        signal("STOP");
        suspended = true;
    }

    /** SIGCONT after {@link #suspend()}. */
    public void resume() {
        signal("CONT");
        suspended = false;
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + process.pid() + " failed: "
                        + new String(kill.getInputStream().readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Keeps the log of a previous run beside the new one: {@code x.log} becomes {@code x.log.1}, then {@code .2}… */
    static void keepPreviousLog(Path logFile) {
        if (!Files.exists(logFile)) {
            return;
        }
        try {
            int n = 1;
            while (Files.exists(logFile.resolveSibling(logFile.getFileName() + "." + n))) {
                n++;
            }
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + "." + n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM to the process and its children, then SIGKILL to whatever is left after the grace period. */
    @Override
    public void close() {
        if (suspended && process.isAlive()) {
            resume();
        }
        List<ProcessHandle> descendants = process.toHandle().descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
