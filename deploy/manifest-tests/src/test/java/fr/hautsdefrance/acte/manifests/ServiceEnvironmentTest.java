package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Deployments set what the services read, and only that. */
class ServiceEnvironmentTest {

    /** A variable's source: a literal (from env or a ConfigMap) or a Secret's key. */
    record Value(String literal, String secret) {
    }

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariableADeploymentSetsIsOneTheServiceReads(Manifests manifests) {
        for (ServiceSettings service : ServiceSettings.all()) {
            JsonNode container = DeploymentsTest.container(manifests.serviceDeployment(service.name()));
            assertThat(EnvironmentKeys.unread(service, environment(manifests, container).keySet()))
                    .as(service.name() + ": variables it never reads").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyVariableAServiceNeedsInProductionIsSet(Manifests manifests) {
        for (ServiceSettings service : ServiceSettings.all()) {
            JsonNode container = DeploymentsTest.container(manifests.serviceDeployment(service.name()));
            assertThat(environment(manifests, container).keySet()).as(service.name())
                    .containsAll(service.requiredEnvironmentVariables());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void credentialsComeFromSecretsAndEachServiceUsesItsOwnDatabase(Manifests manifests) {
        for (ServiceSettings service : ServiceSettings.all()) {
            String cluster = "acte-" + service.name().replace("-service", "") + "-db";
            var env = environment(manifests, DeploymentsTest.container(manifests.serviceDeployment(service.name())));
            assertThat(env.get("ACTE_DB_URL").literal()).as(service.name())
                    .startsWith("jdbc:postgresql://" + cluster + "-rw:5432/");
            assertThat(env.get("ACTE_DB_USERNAME").secret()).isEqualTo(cluster + "-app/username");
            assertThat(env.get("ACTE_DB_PASSWORD").secret()).isEqualTo(cluster + "-app/password");
            env.forEach((name, value) -> {
                if (name.matches(".*(PASSWORD|SECRET|JAAS_CONFIG|IBAN|USERNAME)$")) {
                    assertThat(value.secret()).as(service.name() + " " + name + " comes from a Secret").isNotNull();
                }
            });
        }
        var application = environment(manifests, DeploymentsTest.container(manifests.serviceDeployment("application-service")));
        assertThat(application.get("ACTE_ELIGIBILITY_URL").literal()).isEqualTo("http://eligibility-service:8081");
        assertThat(application.get("ACTE_PAYMENT_URL").literal()).isEqualTo("http://payment-service:8082");
        assertThat(application.get("ACTE_NOTIFICATION_URL").literal()).isEqualTo("http://notification-service:8083");
        assertThat(application.get("ACTE_PORTAL_CLIENT_SECRET").secret())
                .as("the portal's secret is the one the realm import resolves")
                .isEqualTo(placeholderSecret(manifests, "ACTE_PORTAL_CLIENT_SECRET"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void notificationServiceIsGivenItsSmtpRelay(Manifests manifests) {
        var env = environment(manifests, DeploymentsTest.container(manifests.serviceDeployment("notification-service")));
        assertThat(env).containsKeys("ACTE_SMTP_HOST", "ACTE_SMTP_PORT", "ACTE_SMTP_START_TLS", "ACTE_MAIL_FROM",
                "ACTE_SMTP_USERNAME", "ACTE_SMTP_PASSWORD", "ACTE_PORTAL_URL");
        assertThat(Integer.parseInt(env.get("ACTE_SMTP_PORT").literal())).isIn(25, 465, 587);
        assertThat(env.get("ACTE_SMTP_START_TLS").literal()).as("credentials never cross the network in clear")
                .isEqualTo("REQUIRED");
        assertThat(env.get("ACTE_SMTP_USERNAME").secret()).isEqualTo("acte-smtp/username");
        assertThat(env.get("ACTE_SMTP_PASSWORD").secret()).isEqualTo("acte-smtp/password");
        assertThat(env.get("ACTE_PORTAL_URL").secret())
                .as("the e-mails link to the portal the realm redirects to")
                .isEqualTo(placeholderSecret(manifests, "ACTE_PUBLIC_URL"));
    }

    @Test
    void anUnknownVariableIsRefused() {
        ServiceSettings payment = ServiceSettings.of("payment-service");
        assertThat(EnvironmentKeys.unread(payment, java.util.Set.of("ACTE_DB_URL", "ACTE_DB_URI", "KAFKA_BOOTSTRAP_SERVER",
                "QUARKUS_MAILER_HOST", "QUARKUS_HTTP_PORT")))
                .containsExactly("ACTE_DB_URI", "KAFKA_BOOTSTRAP_SERVER", "QUARKUS_MAILER_HOST");
        // notification-service reads its relay from ACTE_SMTP_* (%prod. entries): the mailer's own
        // names for them are leftovers.
        ServiceSettings notification = ServiceSettings.of("notification-service");
        assertThat(EnvironmentKeys.unread(notification, java.util.Set.of("ACTE_SMTP_HOST", "ACTE_SMTP_PASSWORD",
                "QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PORT", "QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD")))
                .containsExactly("QUARKUS_MAILER_HOST", "QUARKUS_MAILER_PASSWORD", "QUARKUS_MAILER_PORT",
                        "QUARKUS_MAILER_USERNAME");
    }

    /** The container's variables with their sources: env entries, then envFrom ConfigMaps resolved. */
    static Map<String, Value> environment(Manifests manifests, JsonNode container) {
        Map<String, Value> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText();
            String base = name.replaceFirst("-[a-z0-9]{10}$", "");
            JsonNode configMap = manifests.configMap(base).orElseThrow(() -> new AssertionError("no ConfigMap " + name));
            assertThat(Manifests.nameOf(configMap)).as("envFrom names an existing ConfigMap").isEqualTo(name);
            configMap.path("data").fields().forEachRemaining(e -> env.put(e.getKey(), new Value(e.getValue().asText(), null)));
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode secret = variable.path("valueFrom").path("secretKeyRef");
            JsonNode configMapKey = variable.path("valueFrom").path("configMapKeyRef");
            if (!secret.isMissingNode()) {
                env.put(name, new Value(null, secret.path("name").asText() + "/" + secret.path("key").asText()));
            } else if (!configMapKey.isMissingNode()) {
                env.put(name, new Value(manifests.configMap(configMapKey.path("name").asText()).orElseThrow()
                        .path("data").path(configMapKey.path("key").asText()).asText(), null));
            } else {
                env.put(name, new Value(variable.path("value").asText(), null));
            }
        }
        return env;
    }

    private static String placeholderSecret(Manifests manifests, String placeholder) {
        JsonNode secret = manifests.get("KeycloakRealmImport", "acte").path("spec").path("placeholders").path(placeholder).path("secret");
        return secret.path("name").asText() + "/" + secret.path("key").asText();
    }
}
