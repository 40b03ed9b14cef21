package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.KafkaBroker;
import fr.hautsdefrance.acte.stack.LocalStack;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.ServiceProcess;
import fr.hautsdefrance.acte.stack.StackPorts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole platform for the fault tests, started once per test run on free ports: real PostgreSQL,
 * Kafka, Keycloak and SMTP, and the four packaged services as separate processes that the tests
 * stop, kill, freeze and restart. Never attached to a person's running stack: the tests kill it.
 */
public final class Platform implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** Generous limit for eventual outcomes on two shared cores; never a measure. */
    static final Duration EVENTUAL = Duration.ofSeconds(180);

    private static Platform instance;

    private final LocalStack stack;
    private final StackPorts ports;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final Databases databases;
    private final Topics topics;

    private Platform(LocalStack stack, StackPorts ports) {
        this.stack = stack;
        this.ports = ports;
        this.databases = new Databases(stack);
        this.topics = new Topics(stack.kafkaBootstrapServers());
    }

    static synchronized Platform get(ExtensionContext context) {
        if (instance == null) {
            Path root = Path.of(System.getProperty("acte.project.root", "..")).toAbsolutePath().normalize();
            LocalStack stack = LocalStack.startThrowaway(root, "reliability");
            instance = new Platform(stack, stack.ports());
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Platform.class, instance);
        }
        return instance;
    }

    /** Full-length runs (-Preliability-full) repeat faults more often and keep outages longer. */
    static boolean fullLength() {
        return Boolean.getBoolean("acte.reliability.full");
    }

    String url(Service service) {
        return "http://localhost:" + ports.of(service);
    }

    ServiceProcess service(Service service) {
        return stack.service(service);
    }

    KafkaBroker kafka() {
        return stack.kafka();
    }

    Databases databases() {
        return databases;
    }

    Topics topics() {
        return topics;
    }

    String keycloakUrl() {
        return stack.keycloakUrl();
    }

    String smtpApiUrl() {
        return stack.smtpApiUrl();
    }

    RequestSpecification as(String login, Service service) {
        return RestAssured.given().baseUri(url(service)).auth().oauth2(token(login));
    }

    /** A real access token from Keycloak (password grant of the local-only CLI client), reused while fresh. */
    String token(String login) {
        CachedToken cached = tokens.get(login);
        if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
            return cached.value();
        }
        String value = RestAssured.given().baseUri("http://localhost:" + ports.keycloak() + "/realms/acte")
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "acte-cli")
                .formParam("username", login)
                .formParam("password", login)
                .post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
        // Well inside the realm's token lifespan (5 minutes).
        tokens.put(login, new CachedToken(value, Instant.now().plusSeconds(60)));
        return value;
    }

    /** Every service alive and ready, the broker serving: what each test leaves behind. */
    void ensureHealthy() {
        if (!kafka().process().isAlive()) {
            kafka().restart();
        }
        for (Service service : Service.values()) {
            if (!service(service).process().isAlive()) {
                service(service).restart();
            }
        }
    }

    /** Graceful stops, as a rolling update does. */
    void stop(Service... services) {
        for (Service service : services) {
            service(service).stop();
        }
    }

    /** Starts the services side by side, then waits until each one is ready. */
    void start(Service... services) {
        for (Service service : services) {
            service(service).relaunch();
        }
        for (Service service : services) {
            service(service).awaitReady();
        }
    }

    /** Waits until every committed change is relayed and every consumer group has read everything. */
    void awaitQuiescent() {
        Instant deadline = Instant.now().plus(EVENTUAL);
        while (true) {
            long pending = databases.pendingOutboxEvents();
            long lag = topics.totalLag();
            if (pending == 0 && lag == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("platform not quiescent after " + EVENTUAL.toSeconds() + " s: "
                        + pending + " outbox event(s) pending, consumer lag " + topics.lagByGroup());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        topics.close();
        stack.close();
    }

    private record CachedToken(String value, Instant renewAfter) {
    }
}
