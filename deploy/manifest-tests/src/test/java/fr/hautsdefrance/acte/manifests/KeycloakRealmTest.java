package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file and Kubernetes import the realm of the local stack, less its demo accounts:
 * the deployed copies are checked against deploy/keycloak/acte-realm.json on every build, and
 * {@code -Dacte.realm.write=true} rewrites them after a change to that file.
 */
class KeycloakRealmTest {

    static final String COMPOSE_REALM = "deploy/compose/keycloak/acte-realm.json";
    static final String REALM_IMPORT = "k8s/base/keycloak/realm-import.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @Test
    void composeImportsTheLocalRealmWithoutItsDemoAccounts() {
        assertThat(Repository.json(COMPOSE_REALM))
                .as(COMPOSE_REALM + " is derived from " + DeployedRealm.SOURCE
                        + "; regenerate it: ./mvnw -pl deploy/manifest-tests verify -Dacte.realm.write=true")
                .isEqualTo(DeployedRealm.fromLocalRealm());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void kubernetesImportsTheSameRealmAsCompose(Manifests manifests) {
        ObjectNode realm = manifests.get("KeycloakRealmImport", "acte").path("spec").path("realm").deepCopy();
        // The production overlay adds ProConnect; everything else is the derived realm.
        realm.remove("identityProviders");
        realm.remove("identityProviderMappers");
        assertThat(realm)
                .as(REALM_IMPORT + " is derived from " + DeployedRealm.SOURCE
                        + "; regenerate it: ./mvnw -pl deploy/manifest-tests verify -Dacte.realm.write=true")
                .isEqualTo(DeployedRealm.fromLocalRealm());
        assertThat(manifests.get("KeycloakRealmImport", "acte").path("spec").path("keycloakCRName").asText())
                .isEqualTo(Manifests.nameOf(manifests.ofKind("Keycloak").get(0)));
    }

    @Test
    void noDemoAccountOrLocalSecretReachesADeployedRealm() {
        String local = Repository.read(DeployedRealm.SOURCE);
        JsonNode localRealm = Repository.json(DeployedRealm.SOURCE);
        String deployed = Repository.read(COMPOSE_REALM) + Repository.read(REALM_IMPORT);
        assertThat(localRealm.path("users")).as("the local realm has demo users to leave out").isNotEmpty();
        assertThat(deployed).doesNotContain("\"users\"").doesNotContain("credentials").doesNotContain("acte-cli");
        localRealm.path("clients").forEach(client -> {
            if (client.has("secret")) {
                assertThat(deployed).doesNotContain(client.path("secret").asText());
            }
        });
        assertThat(deployed).doesNotContain("username");
        localRealm.path("users").forEach(user -> assertThat(deployed).doesNotContain(user.path("email").asText()));
        assertThat(local).contains(DeployedRealm.LOCAL_PORTAL_URL);
        assertThat(deployed).doesNotContain("localhost");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyPlaceholderOfTheRealmIsGivenBySecret(Manifests manifests) {
        JsonNode spec = manifests.get("KeycloakRealmImport", "acte").path("spec");
        Set<String> used = placeholders(spec.path("realm").toString());
        assertThat(used).contains("ACTE_PORTAL_CLIENT_SECRET", "ACTE_PUBLIC_URL");
        Set<String> given = new TreeSet<>();
        spec.path("placeholders").fieldNames().forEachRemaining(given::add);
        assertThat(given).isEqualTo(used);
        spec.path("placeholders").forEach(p -> assertThat(p.path("secret").path("name").asText()).isNotBlank());
    }

    @Test
    void theProductionRealmSignsOfficersAndProfessionalsInWithProConnect() {
        if (!Manifests.Kubectl.available()) {
            org.junit.jupiter.api.Assumptions.abort(Manifests.Kubectl.ABSENT);
        }
        JsonNode realm = Manifests.overlay("prod").get("KeycloakRealmImport", "acte").path("spec").path("realm");
        JsonNode proconnect = realm.path("identityProviders").get(0);
        assertThat(proconnect.path("alias").asText()).isEqualTo("proconnect");
        assertThat(proconnect.path("providerId").asText()).isEqualTo("oidc");
        assertThat(proconnect.path("config").path("issuer").asText()).isEqualTo("https://auth.proconnect.gouv.fr/api/v2");
        assertThat(proconnect.path("config").path("clientSecret").asText()).isEqualTo("${PROCONNECT_CLIENT_SECRET}");
        assertThat(proconnect.path("config").path("defaultScope").asText()).contains("openid", "email", "siret");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyDeploymentShowsTheRegionsSignInPagesFromTheImageThatCarriesTheTheme(Manifests manifests) {
        JsonNode realm = Repository.json(DeployedRealm.SOURCE);
        assertThat(realm.path("loginTheme").asText()).isEqualTo("acte");
        assertThat(realm.path("accountTheme").asText()).isEqualTo("acte");
        for (String type : List.of("login", "account")) {
            assertThat(Repository.path("deploy/keycloak/themes/acte/" + type + "/theme.properties")).exists();
        }
        String dockerfile = Repository.read("deploy/keycloak/Dockerfile");
        assertThat(dockerfile).contains("COPY --chown=1000:0 themes/acte /opt/keycloak/themes/acte");
        JsonNode keycloak = manifests.ofKind("Keycloak").get(0).path("spec");
        assertThat(keycloak.path("image").asText()).contains("acte/keycloak");
        assertThat(keycloak.path("startOptimized").asBoolean()).as("the image is built for PostgreSQL").isTrue();
        assertThat(keycloak.path("unsupported").toString()).as("the theme's links back to the portal")
                .contains("ACTE_PUBLIC_URL").contains("acte-public-url");
        JsonNode compose = Repository.yaml("deploy/compose/compose.yaml").path("services").path("keycloak");
        assertThat(compose.path("build").path("context").asText()).isEqualTo("../keycloak");
        assertThat(compose.path("environment").has("ACTE_PUBLIC_URL")).isTrue();
    }

    @Test
    @EnabledIfSystemProperty(named = "acte.realm.write", matches = "true")
    void writeTheDeployedRealms() throws IOException {
        ObjectNode realm = DeployedRealm.fromLocalRealm();
        Files.writeString(Repository.path(COMPOSE_REALM),
                Repository.JSON.writer(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                        .withArrayIndenter(com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE))
                        .with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(realm) + "\n");
        ObjectNode realmImport = Repository.JSON.createObjectNode();
        realmImport.put("apiVersion", "k8s.keycloak.org/v2alpha1").put("kind", "KeycloakRealmImport");
        realmImport.putObject("metadata").put("name", "acte");
        ObjectNode spec = realmImport.putObject("spec");
        spec.put("keycloakCRName", "acte-keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        placeholders.putObject("ACTE_PORTAL_CLIENT_SECRET").putObject("secret").put("name", "acte-portal-client").put("key", "secret");
        placeholders.putObject("ACTE_PUBLIC_URL").putObject("secret").put("name", "acte-public-url").put("key", "url");
        spec.set("realm", realm);
        String header = """
                # GENERATED from deploy/keycloak/acte-realm.json by KeycloakRealmTest (deploy/manifest-tests):
                # the local realm without its demo users and local-only client, secrets and URLs as
                # placeholders Keycloak resolves at import from the Secrets below. Do not edit by hand:
                # change the local realm and run ./mvnw -pl deploy/manifest-tests verify -Dacte.realm.write=true
                """;
        Files.writeString(Repository.path(REALM_IMPORT), header + new com.fasterxml.jackson.databind.ObjectMapper(
                com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                        .enable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.MINIMIZE_QUOTES)
                        .disable(com.fasterxml.jackson.dataformat.yaml.YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                        .build()).writeValueAsString(realmImport)
                .replaceFirst("^---\\n", ""));
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
