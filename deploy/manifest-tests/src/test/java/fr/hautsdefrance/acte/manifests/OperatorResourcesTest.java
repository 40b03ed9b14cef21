package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudNativePG, Keycloak Operator and Prometheus Operator resources, which no typed model on
 * Maven Central describes: each field the deployment relies on is checked, and no field outside
 * those is accepted (a typo would otherwise reach the cluster and be ignored or refused there).
 */
class OperatorResourcesTest {

    static final Set<String> CLUSTER_FIELDS = Set.of("instances", "imageName", "primaryUpdateStrategy", "bootstrap",
            "storage", "resources", "affinity", "plugins", "postgresql", "monitoring");
    static final Set<String> KEYCLOAK_FIELDS = Set.of("instances", "db", "http", "hostname", "proxy", "ingress",
            "resources", "additionalOptions", "image", "startOptimized", "unsupported");
    static final String BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io";

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceAndKeycloakHaveTheirOwnPostgresCluster(Manifests manifests) {
        Set<String> clusters = new TreeSet<>();
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            assertThat(cluster.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
            String name = Manifests.nameOf(cluster);
            clusters.add(name);
            JsonNode spec = cluster.path("spec");
            assertThat(fields(spec)).as(name + " fields").isSubsetOf(CLUSTER_FIELDS);
            assertThat(spec.path("instances").isInt()).isTrue();
            assertThat(spec.path("instances").asInt()).isBetween(manifests.name().equals("overlay dev") ? 1 : 2, 5);
            assertThat(spec.path("storage").path("size").asText()).as(name).matches("\\d+(Mi|Gi|Ti)");
            JsonNode initdb = spec.path("bootstrap").path("initdb");
            assertThat(initdb.path("database").asText()).isNotBlank();
            assertThat(initdb.path("owner").asText()).isNotBlank();
            assertThat(spec.path("resources").path("limits").path("memory").asText()).isNotBlank();
        }
        Set<String> expected = new TreeSet<>(Set.of("acte-keycloak-db"));
        Repository.SERVICES.forEach(s -> expected.add("acte-" + s.replace("-service", "") + "-db"));
        assertThat(clusters).isEqualTo(expected);
        for (ServiceSettings service : ServiceSettings.all()) {
            String cluster = "acte-" + service.name().replace("-service", "") + "-db";
            String database = manifests.get("Cluster", cluster).path("spec").path("bootstrap").path("initdb").path("database").asText();
            assertThat(database).as("the README's database name").isEqualTo("acte_" + service.name().replace("-service", ""));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyDatabaseArchivesItsWalAndIsBackedUpEveryNight(Manifests manifests) {
        for (JsonNode cluster : manifests.ofKind("Cluster")) {
            String name = Manifests.nameOf(cluster);
            JsonNode plugin = cluster.path("spec").path("plugins").get(0);
            assertThat(plugin).as(name + " backup plugin").isNotNull();
            assertThat(plugin.path("name").asText()).isEqualTo(BARMAN_PLUGIN);
            assertThat(plugin.path("isWALArchiver").asBoolean()).as(name + " archives WAL").isTrue();
            JsonNode store = manifests.get("ObjectStore", plugin.path("parameters").path("barmanObjectName").asText());
            assertThat(store.path("apiVersion").asText()).isEqualTo("barmancloud.cnpg.io/v1");
            assertThat(store.path("spec").path("retentionPolicy").asText()).matches("\\d+[dwm]");
            JsonNode configuration = store.path("spec").path("configuration");
            assertThat(configuration.path("destinationPath").asText()).startsWith("s3://");
            assertThat(configuration.path("s3Credentials").path("accessKeyId").path("name").asText()).isNotBlank();
            assertThat(configuration.path("s3Credentials").path("secretAccessKey").path("key").asText()).isNotBlank();
            assertThat(manifests.ofKind("ScheduledBackup")).as(name + " scheduled backup").anySatisfy(backup -> {
                assertThat(backup.path("apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
                assertThat(backup.path("spec").path("cluster").path("name").asText()).isEqualTo(name);
                assertThat(backup.path("spec").path("method").asText()).isEqualTo("plugin");
                assertThat(backup.path("spec").path("pluginConfiguration").path("name").asText()).isEqualTo(BARMAN_PLUGIN);
                assertThat(backup.path("spec").path("schedule").asText().split(" ")).as("six-field cron").hasSize(6);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void keycloakUsesItsDatabaseAndIsReachedInternallyWithThePublicIssuer(Manifests manifests) {
        JsonNode keycloak = manifests.ofKind("Keycloak").get(0);
        assertThat(keycloak.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
        JsonNode spec = keycloak.path("spec");
        assertThat(fields(spec)).isSubsetOf(KEYCLOAK_FIELDS);
        assertThat(spec.path("db").path("vendor").asText()).isEqualTo("postgres");
        assertThat(spec.path("db").path("host").asText()).isEqualTo("acte-keycloak-db-rw");
        assertThat(spec.path("db").path("usernameSecret").path("name").asText()).isEqualTo("acte-keycloak-db-app");
        assertThat(spec.path("db").path("passwordSecret").path("name").asText()).isEqualTo("acte-keycloak-db-app");
        assertThat(spec.path("http").path("httpEnabled").asBoolean()).isTrue();
        assertThat(spec.path("proxy").path("headers").asText()).isEqualTo("xforwarded");
        assertThat(spec.path("hostname").path("backchannelDynamic").asBoolean()).isTrue();
        URI publicUrl = URI.create(spec.path("hostname").path("hostname").asText());
        assertThat(publicUrl.getScheme()).isEqualTo("https");

        // The Ingress serves Keycloak's public host; the services use the operator's Service.
        JsonNode ingress = manifests.get("Ingress", "acte").path("spec");
        assertThat(ingress.path("rules")).anySatisfy(rule -> {
            assertThat(rule.path("host").asText()).isEqualTo(publicUrl.getHost());
            assertThat(rule.path("http").path("paths").get(0).path("backend").path("service").path("name").asText())
                    .isEqualTo(Manifests.nameOf(keycloak) + "-service");
        });
        String realm = manifests.get("KeycloakRealmImport", "acte").path("spec").path("realm").path("realm").asText();
        String oidc = manifests.configMap("acte-platform").orElseThrow().path("data").path("ACTE_OIDC_SERVER_URL").asText();
        assertThat(oidc).isEqualTo("http://" + Manifests.nameOf(keycloak) + "-service:8080/realms/" + realm);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theIngressServesThePortalOverTlsAndKeepsManagementEndpointsInside(Manifests manifests) {
        JsonNode spec = manifests.get("Ingress", "acte").path("spec");
        Set<String> hosts = new TreeSet<>();
        spec.path("rules").forEach(rule -> hosts.add(rule.path("host").asText()));
        Set<String> tlsHosts = new TreeSet<>();
        spec.path("tls").forEach(tls -> {
            assertThat(tls.path("secretName").asText()).isNotBlank();
            tls.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
        });
        assertThat(tlsHosts).as("every host is served over TLS").isEqualTo(hosts);
        JsonNode portal = spec.path("rules").get(0).path("http").path("paths");
        assertThat(portal).anySatisfy(path -> {
            assertThat(path.path("path").asText()).isEqualTo("/");
            assertThat(path.path("backend").path("service").path("name").asText()).isEqualTo("application-service");
        });
        assertThat(portal).anySatisfy(path -> {
            assertThat(path.path("path").asText()).isEqualTo("/q");
            String backend = path.path("backend").path("service").path("name").asText();
            assertThat(manifests.get("Service", backend).path("spec").has("selector")).as("a Service with no pods").isFalse();
        });
        String bodySize = manifests.get("Ingress", "acte").path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size").asText();
        assertThat(ServiceSettings.MemorySize.parse(bodySize))
                .as("the Ingress accepts the uploads application-service accepts")
                .isGreaterThanOrEqualTo(ServiceSettings.of("application-service").maxBodySize());
        // The realm's redirect URIs use the portal's public URL.
        if (!manifests.name().equals("base")) {
            String publicUrl = manifests.ofKind("Secret").stream().filter(s -> Manifests.nameOf(s).equals("acte-public-url"))
                    .findFirst().map(s -> new String(java.util.Base64.getDecoder().decode(s.path("data").path("url").asText())))
                    .orElseThrow();
            assertThat(publicUrl).isEqualTo("https://" + spec.path("rules").get(0).path("host").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void prometheusScrapesEveryServiceOnItsMicrometerEndpoint(Manifests manifests) {
        JsonNode monitor = manifests.get("ServiceMonitor", "acte-services");
        assertThat(monitor.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1");
        JsonNode endpoint = monitor.path("spec").path("endpoints").get(0);
        assertThat(endpoint.path("path").asText()).isEqualTo("/q/metrics");
        for (String service : Repository.SERVICES) {
            JsonNode svc = manifests.get("Service", service);
            assertThat(Labels.matches(monitor.path("spec").path("selector"), Labels.of(svc.path("metadata").path("labels"))))
                    .as("ServiceMonitor selects " + service).isTrue();
            assertThat(svc.path("spec").path("ports").findValuesAsText("name")).contains(endpoint.path("port").asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void theOpenTelemetryCollectorReceivesOtlpAndForwardsToTheBackend(Manifests manifests) {
        JsonNode service = manifests.get("Service", "otel-collector");
        assertThat(service.path("spec").path("ports").findValuesAsText("port")).contains("4317", "4318");
        String config = manifests.configMap("otel-collector").orElseThrow().path("data").path("collector.yaml").asText();
        JsonNode collector = Repository.readYaml(config).get(0);
        assertThat(collector.path("receivers").path("otlp").path("protocols").has("grpc")).isTrue();
        collector.path("service").path("pipelines").forEach(pipeline ->
                pipeline.path("exporters").forEach(e -> assertThat(collector.path("exporters").has(e.asText())).isTrue()));
        assertThat(manifests.configMap("otel-backend").orElseThrow().path("data").path("endpoint").asText()).startsWith("https://");
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
