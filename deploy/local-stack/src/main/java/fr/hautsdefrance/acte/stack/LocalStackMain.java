package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./acte up} runs this in the background: it starts the stack, writes the process ids and a
 * readiness marker under {@code <work>/run}, then holds the stack until it receives SIGTERM
 * ({@code ./acte down}), when it stops everything it started.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path work = root.resolve(".acte");
        Path run = work.resolve("run");
        Files.createDirectories(run);
        Files.deleteIfExists(run.resolve("ready"));

        LocalStack stack;
        try {
            stack = LocalStack.start(root, work, StackPorts.local(), true,
                    step -> System.out.println("starting " + step));
        } catch (RuntimeException e) {
            System.out.println("FAILED: " + e.getMessage());
            Files.writeString(run.resolve("failed"), String.valueOf(e.getMessage()));
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the stack");
            stack.close();
            System.out.println("stopped");
            stopped.countDown();
        }, "stack-stopper"));

        writeProcessIds(run, stack);
        String summary = summary(stack);
        System.out.println(summary);
        Files.writeString(run.resolve("ready"), summary);
        stopped.await();
    }

    /** For {@code ./acte down}'s last resort, should this supervisor have been killed abruptly. */
    private static void writeProcessIds(Path run, LocalStack stack) throws IOException {
        List<String> lines = new ArrayList<>();
        stack.processes().forEach(p -> lines.add(p.pid() + " " + p.name()));
        Files.write(run.resolve("pids"), lines);
    }

    private static String summary(LocalStack stack) {
        StringBuilder text = new StringBuilder("\nACTE is up.\n\n");
        text.append(String.format("  %-22s %s%n", "portal & applications", stack.url(Service.APPLICATION)));
        text.append(String.format("  %-22s %s%n", "eligibility", stack.url(Service.ELIGIBILITY)));
        text.append(String.format("  %-22s %s%n", "payments", stack.url(Service.PAYMENT)));
        text.append(String.format("  %-22s %s%n", "notifications", stack.url(Service.NOTIFICATION)));
        text.append(String.format("  %-22s %s (console: admin / admin)%n", "Keycloak", stack.keycloakUrl()));
        text.append(String.format("  %-22s %s%n", "Kafka", stack.kafkaBootstrapServers()));
        text.append(String.format("  %-22s %s (what was e-mailed: /api/user/<address>/messages/)%n", "e-mails (SMTP)",
                stack.smtpApiUrl()));
        text.append(String.format("  %-22s %s (user = database name, password acte-local)%n", "PostgreSQL",
                stack.jdbcUrl(Service.APPLICATION).replace(Service.APPLICATION.database(), "<database>")));
        text.append("\nDemo logins (password = login), realm '").append(KeycloakServer.REALM).append("':\n");
        for (DemoUser user : DemoUser.values()) {
            text.append(String.format("  %-12s %s%n", user.login(), user.description()));
        }
        text.append("\nOpenAPI: <service url>/q/swagger-ui   Health: <service url>/q/health\n");
        text.append("Logs: .acte/logs/   Stop: ./acte down\n");
        return text.toString();
    }
}
