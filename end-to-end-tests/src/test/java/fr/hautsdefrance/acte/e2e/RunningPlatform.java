package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.LocalStack;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.StackPorts;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole platform, started once for all end-to-end tests of the run: real PostgreSQL, Kafka and
 * Keycloak, and the four packaged services as separate processes, on free ports.
 */
public final class RunningPlatform implements ExtensionContext.Store.CloseableResource {

    private static RunningPlatform instance;

    private final LocalStack stack;

    private RunningPlatform(LocalStack stack) {
        this.stack = stack;
    }

    static synchronized RunningPlatform get(ExtensionContext context) {
        if (instance == null) {
            Path root = Path.of(System.getProperty("acte.project.root", "..")).toAbsolutePath().normalize();
            try {
                Path work = Files.createTempDirectory("acte-e2e");
                System.out.println("End-to-end platform in " + work);
                instance = new RunningPlatform(LocalStack.start(root, work, StackPorts.free(), false,
                        step -> System.out.println("[e2e] starting " + step)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningPlatform.class, instance);
        }
        return instance;
    }

    LocalStack stack() {
        return stack;
    }

    RequestSpecification as(String login, Service service) {
        return RestAssured.given().baseUri(stack.url(service)).auth().oauth2(token(login));
    }

    /** A real access token from Keycloak for a demo user (password grant of the local-only CLI client). */
    String token(String login) {
        return RestAssured.given().baseUri(stack.keycloakRealmUrl()).contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "acte-cli")
                .formParam("username", login)
                .formParam("password", login)
                .post("/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    @Override
    public void close() {
        stack.close();
    }
}
