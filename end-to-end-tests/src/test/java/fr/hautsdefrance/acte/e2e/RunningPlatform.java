package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.LocalStack;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.StackPorts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The whole platform, started once for all end-to-end tests of the run: real PostgreSQL, Kafka and
 * Keycloak, and the four packaged services as separate processes, on free ports. With
 * {@code -Dacte.e2e.attach=true} the tests run against the stack of {@code ./acte up} instead.
 */
public final class RunningPlatform implements ExtensionContext.Store.CloseableResource {

    private static RunningPlatform instance;

    private final LocalStack stack;
    private final StackPorts ports;

    private RunningPlatform(LocalStack stack, StackPorts ports) {
        this.stack = stack;
        this.ports = ports;
    }

    static synchronized RunningPlatform get(ExtensionContext context) {
        if (instance == null) {
            if (Boolean.getBoolean("acte.e2e.attach")) {
                instance = new RunningPlatform(null, StackPorts.local());
                return instance;
            }
            Path root = Path.of(System.getProperty("acte.project.root", "..")).toAbsolutePath().normalize();
            LocalStack stack = LocalStack.startThrowaway(root, "e2e");
            instance = new RunningPlatform(stack, stack.ports());
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningPlatform.class, instance);
        }
        return instance;
    }

    String url(Service service) {
        return "http://localhost:" + ports.of(service);
    }

    /** The spans the services exported to the stack's collector; empty against {@code ./acte up} (see its logs/traces.jsonl). */
    java.util.List<fr.hautsdefrance.acte.stack.TraceCollector.Span> spans() {
        return stack == null ? java.util.List.of() : stack.spans();
    }

    boolean attached() {
        return stack == null;
    }

    String kafkaBootstrapServers() {
        return "localhost:" + ports.kafka();
    }

    String realmUrl() {
        return "http://localhost:" + ports.keycloak() + "/realms/acte";
    }

    RequestSpecification as(String login, Service service) {
        return RestAssured.given().baseUri(url(service)).auth().oauth2(token(login));
    }

    /**
     * A real access token from Keycloak for a demo user (password grant of the local-only CLI client).
     * Keycloak once refused one grant (400) in the middle of a burst on a loaded machine, the grants
     * before and after it accepted: a refused grant is asked again twice, then the refusal and
     * Keycloak's reason fail the test.
     */
    String token(String login) {
        io.restassured.response.Response answer = null;
        for (int attempt = 1; attempt <= 3; attempt++) {
            answer = RestAssured.given().baseUri(realmUrl()).contentType(ContentType.URLENC)
                    .formParam("grant_type", "password")
                    .formParam("client_id", "acte-cli")
                    .formParam("username", login)
                    .formParam("password", login)
                    .post("/protocol/openid-connect/token");
            if (answer.statusCode() == 200) {
                return answer.path("access_token");
            }
            pause(Duration.ofMillis(300L * attempt));
        }
        throw new AssertionError("Keycloak refused a token to " + login + ": " + answer.statusCode() + " "
                + answer.asString());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (stack != null) {
            stack.close();
        }
    }
}
