package fr.hautsdefrance.acte.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole platform on real servers: PostgreSQL, Kafka, Keycloak and the four services, each in
 * its own process. Closing it stops everything it started, in reverse order.
 */
public final class LocalStack implements AutoCloseable {

    /** Local-only credentials: the production ones come from secrets (see k8s/). */
    static final String LOCAL_DB_PASSWORD = "acte-local";

    private final StackPorts ports;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private KeycloakServer keycloak;
    private SmtpServer smtp;
    private TraceCollector traces;

    private LocalStack(StackPorts ports) {
        this.ports = ports;
    }

    /**
     * Starts the stack.
     *
     * @param projectRoot the repository root (packaged services, realm file, Keycloak distribution)
     * @param workDirectory where data and logs go
     * @param persistent keep data between runs (the local stack) or start empty (the tests)
     * @param progress told of each step, for the person waiting
     */
    public static LocalStack start(Path projectRoot, Path workDirectory, StackPorts ports, boolean persistent,
            Consumer<String> progress) {
        LocalStack stack = new LocalStack(ports);
        try {
            stack.startAll(projectRoot, workDirectory, persistent, progress);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * A stack for one test run: empty, on free ports, in a new temporary folder, and stopped when the
     * JVM exits even if the run is interrupted (Ctrl-C, a CI timeout), so no server is left behind.
     */
    public static LocalStack startThrowaway(Path projectRoot, String name) {
        try {
            Path work = Files.createTempDirectory("acte-" + name);
            System.out.println("Platform for " + name + " in " + work);
            LocalStack stack = start(projectRoot, work, StackPorts.free(), false,
                    step -> System.out.println("[" + name + "] starting " + step));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, name + "-stack-stop"));
            return stack;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the services reported of their traces so far. */
    public List<TraceCollector.Span> spans() {
        return traces.spans();
    }

    public StackPorts ports() {
        return ports;
    }

    private void startAll(Path projectRoot, Path work, boolean persistent, Consumer<String> progress) {
        Path logs = work.resolve("logs");
        progress.accept("PostgreSQL on port " + ports.postgres());
        postgres = remember(PostgresServer.start(work.resolve("postgres"), ports.postgres(), persistent));
        for (Service service : Service.values()) {
            postgres.ensureDatabase(service.database(), LOCAL_DB_PASSWORD);
        }
        progress.accept("Kafka on port " + ports.kafka());
        kafka = remember(KafkaBroker.start(work.resolve("kafka"), ports.kafka(), ports.kafkaController()));
        progress.accept("Keycloak on port " + ports.keycloak() + " (the first start takes about 30 s)");
        keycloak = remember(KeycloakServer.start(KeycloakServer.distributionIn(projectRoot),
                projectRoot.resolve("deploy/keycloak/acte-realm.json"), logs.resolve("keycloak.log"),
                ports.keycloak(), ports.keycloakManagement(), "http://localhost:" + ports.of(Service.APPLICATION),
                persistent));
        progress.accept("SMTP server (GreenMail) on port " + ports.smtp());
        smtp = remember(SmtpServer.start(work.resolve("smtp"), ports.smtp(), ports.smtpApi()));
        traces = remember(TraceCollector.start(logs.resolve("traces.jsonl")));
        progress.accept("traces collected in " + logs.resolve("traces.jsonl"));
        for (Service service : Service.values()) {
            progress.accept(service.module() + " on port " + ports.of(service));
            services.put(service, remember(ServiceProcess.launch(projectRoot, service, ports.of(service),
                    environmentOf(service), logs.resolve(service.module() + ".log"))));
        }
        services.values().forEach(ServiceProcess::awaitReady);
    }

    /** The configuration keys every service reads in production (see each application.properties). */
    Map<String, String> environmentOf(Service service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.of(service)));
        // Production settings, but logs a person reads in .acte/logs: plain text, not JSON.
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // Traces exported as in production, to the stack's own collector (logs/traces.jsonl).
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", traces.endpoint());
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "1s");
        env.put("ACTE_DB_URL", postgres.jdbcUrl(service.database()));
        env.put("ACTE_DB_USERNAME", service.database());
        env.put("ACTE_DB_PASSWORD", LOCAL_DB_PASSWORD);
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("ACTE_OIDC_SERVER_URL", keycloak.realmUrl());
        env.put("ACTE_ELIGIBILITY_URL", url(Service.ELIGIBILITY));
        if (service == Service.APPLICATION) {
            // The secret of the portal client in deploy/keycloak/acte-realm.json, a local-only realm value.
            env.put("ACTE_PORTAL_CLIENT_SECRET", "acte-portal-local-secret");
            // A local stack may move its time forward to show the legal deadlines passing (never in production).
            env.put("ACTE_CLOCK_ADJUSTABLE", "true");
            env.put("ACTE_APPLICATION_LEGAL_CLOCKS_EVERY", "2s");
            env.put("ACTE_PAYMENT_URL", url(Service.PAYMENT));
            env.put("ACTE_NOTIFICATION_URL", url(Service.NOTIFICATION));
        }
        if (service == Service.PAYMENT) {
            // A valid placeholder for the Region's account: the local stack's SEPA files go to no bank.
            env.put("ACTE_DEBTOR_IBAN", "FR7630001007941234567890185");
        }
        if (service == Service.NOTIFICATION) {
            env.put("ACTE_SMTP_HOST", smtp.host());
            env.put("ACTE_SMTP_PORT", Integer.toString(smtp.smtpPort()));
            env.put("ACTE_SMTP_START_TLS", "DISABLED");
            env.put("ACTE_MAIL_FROM", "ACTE - Region Hauts-de-France <acte@hautsdefrance.localhost>");
            env.put("ACTE_PORTAL_URL", url(Service.APPLICATION));
            env.put("ACTE_MANAGERS_EMAIL", "responsables-acte@hautsdefrance.localhost");
            env.put("ACTE_FINANCE_EMAIL", "finances-acte@hautsdefrance.localhost");
        }
        return env;
    }

    private <T extends AutoCloseable> T remember(T server) {
        started.push(server);
        return server;
    }

    public String url(Service service) {
        return "http://localhost:" + ports.of(service);
    }

    public String keycloakRealmUrl() {
        return keycloak.realmUrl();
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** The SMTP server's message API: what the platform e-mailed, per recipient. */
    public String smtpApiUrl() {
        return smtp.apiUrl();
    }

    /** The broker itself, to stop, kill, suspend or restart it (fault tests). */
    public KafkaBroker kafka() {
        return kafka;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String jdbcUrl(Service service) {
        return postgres.jdbcUrl(service.database());
    }

    public String databaseUser(Service service) {
        return service.database();
    }

    public String databasePassword() {
        return LOCAL_DB_PASSWORD;
    }

    /** As the cluster's superuser (fault tests: closing a service's database to connections). */
    public Connection superuserConnection() throws SQLException {
        return postgres.superuserConnection();
    }

    public ServiceProcess service(Service service) {
        return services.get(service);
    }

    /** Every operating-system process of the stack, for an operator's last-resort cleanup. */
    public List<ManagedProcess> processes() {
        List<ManagedProcess> processes = new ArrayList<>();
        if (kafka != null) {
            processes.add(kafka.process());
        }
        if (keycloak != null) {
            processes.add(keycloak.process());
        }
        if (smtp != null) {
            processes.add(smtp.process());
        }
        services.values().forEach(s -> processes.add(s.process()));
        return processes;
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            AutoCloseable server = started.pop();
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + server + ": " + e.getMessage());
            }
        }
    }
}
