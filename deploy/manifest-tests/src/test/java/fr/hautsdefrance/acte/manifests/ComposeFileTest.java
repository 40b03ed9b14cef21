package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/compose/compose.yaml against the Compose specification's rules that matter here (no
 * compose engine on the build machines) and against what the services read.
 */
class ComposeFileTest {

    static final String COMPOSE = "deploy/compose/compose.yaml";
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");
    private static final Set<String> CONDITIONS = Set.of("service_started", "service_healthy", "service_completed_successfully");

    final JsonNode compose = Repository.yaml(COMPOSE);
    final JsonNode services = compose.path("services");

    @Test
    void runsTheStackOfOneHost() {
        Set<String> names = new TreeSet<>();
        services.fieldNames().forEachRemaining(names::add);
        assertThat(names).contains("postgres", "kafka", "keycloak", "mailpit").containsAll(Repository.SERVICES);
        assertThat(compose.has("version")).as("the obsolete version field").isFalse();
    }

    @Test
    void everyImageHasAnExplicitTag() {
        services.fields().forEachRemaining(e -> {
            String image = interpolateDefaults(e.getValue().path("image").asText());
            assertThat(image).as(e.getKey() + " image").matches("[a-z0-9./_-]+:[A-Za-z0-9._-]+").doesNotEndWith(":latest");
        });
        assertThat(services.path("keycloak").path("image").asText())
                .as("the Keycloak the local stack and the tests run").endsWith(":" + pomProperty("keycloak.version"));
        assertThat(services.path("kafka").path("image").asText()).endsWith(":" + kafkaVersion());
    }

    @Test
    void everyLongRunningServiceHasAHealthCheck() {
        services.fields().forEachRemaining(e -> {
            if (!"no".equals(e.getValue().path("restart").asText())) {
                JsonNode test = e.getValue().path("healthcheck").path("test");
                assertThat(test.isArray() && test.size() > 1).as(e.getKey() + " healthcheck").isTrue();
                assertThat(test.get(0).asText()).isIn("CMD", "CMD-SHELL");
            }
        });
        for (ServiceSettings service : ServiceSettings.all()) {
            assertThat(services.path(service.name()).path("healthcheck").path("test").toString())
                    .as(service.name() + " is healthy when ready").contains("http://localhost:" + service.httpPort() + "/q/health/ready");
        }
    }

    @Test
    void dependenciesWaitForHealthAndExist() {
        services.fields().forEachRemaining(e -> {
            JsonNode dependsOn = e.getValue().path("depends_on");
            assertThat(dependsOn.isArray()).as(e.getKey() + ": long syntax with conditions").isFalse();
            dependsOn.fields().forEachRemaining(d -> {
                assertThat(services.has(d.getKey())).as(e.getKey() + " depends on " + d.getKey()).isTrue();
                String condition = d.getValue().path("condition").asText();
                assertThat(condition).isIn(CONDITIONS);
                if (condition.equals("service_healthy")) {
                    assertThat(services.path(d.getKey()).has("healthcheck")).as(d.getKey() + " has a health check").isTrue();
                }
            });
        });
        assertNoCycle();
        for (String service : Repository.SERVICES) {
            JsonNode dependsOn = services.path(service).path("depends_on");
            assertThat(dependsOn.path("postgres").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(dependsOn.path("keycloak").path("condition").asText()).isEqualTo("service_healthy");
            assertThat(dependsOn.path("kafka-topics").path("condition").asText()).isEqualTo("service_completed_successfully");
        }
        assertThat(services.path("application-service").path("depends_on").path("eligibility-service").path("condition").asText())
                .isEqualTo("service_healthy");
    }

    @Test
    void onlyThePortalLoginPagesAndLocalMailAreReachableFromOutside() {
        Map<String, Set<String>> published = new HashMap<>();
        services.fields().forEachRemaining(e -> e.getValue().path("ports").forEach(p -> {
            assertThat(p.asText()).as(e.getKey() + " port").matches("(\\d+\\.\\d+\\.\\d+\\.\\d+:)?\\d+:\\d+");
            published.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(p.asText());
        }));
        assertThat(published.keySet()).containsExactlyInAnyOrder("application-service", "keycloak", "mailpit");
        int port = ServiceSettings.of("application-service").httpPort();
        assertThat(published.get("application-service")).containsExactly(port + ":" + port);
        assertThat(published.get("mailpit")).allSatisfy(p -> assertThat(p).startsWith("127.0.0.1:"));
    }

    @Test
    void namedVolumesAreDeclared() {
        services.fields().forEachRemaining(e -> e.getValue().path("volumes").forEach(v -> {
            String source = v.asText().split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")) {
                assertThat(compose.path("volumes").has(source)).as(e.getKey() + " volume " + source).isTrue();
            } else {
                assertThat(Files.exists(Repository.path("deploy/compose").resolve(source))).as(source).isTrue();
            }
        }));
        assertThat(compose.path("volumes").has("postgres-data")).isTrue();
        assertThat(compose.path("volumes").has("kafka-data")).isTrue();
    }

    @Test
    void theServicesAreGivenWhatTheyReadAndOnlyThat() {
        for (ServiceSettings service : ServiceSettings.all()) {
            Map<String, String> env = environment(service.name());
            assertThat(EnvironmentKeys.unread(service, env.keySet())).as(service.name() + ": variables it never reads").isEmpty();
            assertThat(env.keySet()).as(service.name()).containsAll(service.requiredEnvironmentVariables());
            String database = "acte_" + service.name().replace("-service", "");
            assertThat(env.get("ACTE_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(env.get("ACTE_DB_USERNAME")).isEqualTo(database);
            assertThat(Repository.read("deploy/compose/postgres/create-databases.sh")).contains("create " + database + " ");
            assertThat(env.get("ACTE_DB_PASSWORD")).as("passwords come from .env").startsWith("${").contains(":?");
            assertThat(env.get("ACTE_OIDC_SERVER_URL")).isEqualTo("http://keycloak:8080/realms/acte");
            assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
            java.time.Duration grace = java.time.Duration.ofSeconds(Long.parseLong(
                    services.path(service.name()).path("stop_grace_period").asText("10s").replace("s", "")));
            assertThat(grace).as(service.name() + " stop_grace_period").isGreaterThan(service.shutdownTimeout());
        }
        Map<String, String> notification = environment("notification-service");
        assertThat(notification).containsKeys("ACTE_SMTP_HOST", "ACTE_SMTP_PORT", "ACTE_SMTP_START_TLS",
                "ACTE_MAIL_FROM", "ACTE_SMTP_USERNAME", "ACTE_SMTP_PASSWORD", "ACTE_PORTAL_URL");
        assertThat(interpolateDefaults(notification.get("ACTE_SMTP_HOST"))).isEqualTo("mailpit");
        assertThat(interpolateDefaults(notification.get("ACTE_SMTP_PORT"))).as("Mailpit's SMTP port").isEqualTo("1025");
        assertThat(interpolateDefaults(notification.get("ACTE_SMTP_START_TLS"))).as("Mailpit offers no STARTTLS")
                .isEqualTo("DISABLED");
        assertThat(notification.get("ACTE_PORTAL_URL")).as("the e-mails link to the public portal")
                .isEqualTo(services.path("keycloak").path("environment").path("ACTE_PUBLIC_URL").asText());
    }

    @Test
    void everyTopicOfTheEventContractIsCreatedBeforeTheServicesStart() {
        String command = services.path("kafka-topics").path("command").toString();
        Set<String> created = new TreeSet<>();
        Matcher matcher = Pattern.compile("--topic (\\S+)").matcher(command);
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        assertThat(created).isEqualTo(EventTopics.all());
        assertThat(services.path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");
    }

    @Test
    void keycloakImportsTheDeployedRealmAndIsGivenItsPlaceholders() {
        JsonNode keycloak = services.path("keycloak");
        assertThat(keycloak.path("command").toString()).contains("--import-realm");
        assertThat(keycloak.path("volumes").toString()).contains("./keycloak/acte-realm.json:/opt/keycloak/data/import/");
        Matcher matcher = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}").matcher(Repository.read(KeycloakRealmTest.COMPOSE_REALM));
        while (matcher.find()) {
            assertThat(keycloak.path("environment").has(matcher.group(1))).as("Keycloak is given " + matcher.group(1)).isTrue();
        }
        assertThat(keycloak.path("environment").path("ACTE_PORTAL_CLIENT_SECRET").asText())
                .as("one secret, shared with application-service")
                .isEqualTo(environment("application-service").get("ACTE_PORTAL_CLIENT_SECRET"));
    }

    @Test
    void everyVariableWithoutDefaultIsListedInTheEnvironmentExample() {
        Set<String> example = Manifests.readEnvFile(Repository.path("deploy/compose/.env.example")).keySet();
        Matcher matcher = VARIABLE.matcher(Repository.read(COMPOSE));
        while (matcher.find()) {
            if (matcher.group(2) == null || matcher.group(2).endsWith("?")) {
                assertThat(example).as(".env.example lists " + matcher.group(1)).contains(matcher.group(1));
            }
        }
    }

    @Test
    void imagesAreBuiltFromEachServicesDockerfile() {
        for (String service : Repository.SERVICES) {
            JsonNode build = services.path(service).path("build");
            var context = Repository.path("deploy/compose").resolve(build.path("context").asText()).normalize();
            assertThat(context).isEqualTo(Repository.path(service));
            assertThat(Files.exists(context.resolve(build.path("dockerfile").asText()))).as(service + " Dockerfile").isTrue();
            assertThat(services.path(service).path("read_only").asBoolean()).isTrue();
            assertThat(services.path(service).path("cap_drop").toString()).contains("ALL");
        }
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        services.path(service).path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    private void assertNoCycle() {
        Map<String, Set<String>> edges = new HashMap<>();
        services.fields().forEachRemaining(e -> {
            Set<String> targets = new HashSet<>();
            e.getValue().path("depends_on").fieldNames().forEachRemaining(targets::add);
            edges.put(e.getKey(), targets);
        });
        for (String start : edges.keySet()) {
            Set<String> seen = new HashSet<>();
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(edges.get(start));
            while (!todo.isEmpty()) {
                String next = todo.pop();
                assertThat(next).as("dependency cycle through " + start).isNotEqualTo(start);
                if (seen.add(next)) {
                    todo.addAll(edges.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    /** ${VAR:-default} and ${VAR-default} become their default; ${VAR} and ${VAR:?error} stay. */
    static String interpolateDefaults(String value) {
        Matcher matcher = VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement = matcher.group(2) != null && matcher.group(2).endsWith("-") ? matcher.group(3) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String pomProperty(String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(Repository.read("pom.xml"));
        assertThat(matcher.find()).as("pom.xml property " + name).isTrue();
        return matcher.group(1);
    }

    static String kafkaVersion() {
        Matcher matcher = Pattern.compile("<kafka.version>([^<]+)</").matcher(Repository.read("deploy/kafka-broker/pom.xml"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
