package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every manifest reads into its typed model with no field the model does not know. */
class TypedModelsTest {

    /**
     * Kinds no model on Maven Central describes (CloudNativePG, Keycloak Operator, Prometheus
     * Operator): their fields are checked one by one in OperatorResourcesTest and MonitoringTest.
     */
    static final Set<String> CHECKED_FIELD_BY_FIELD = Set.of("Cluster", "ScheduledBackup", "ObjectStore", "Keycloak",
            "KeycloakRealmImport", "ServiceMonitor", "PrometheusRule");

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyResourceReadsIntoItsModelWithoutUnknownFields(Manifests manifests) {
        for (JsonNode resource : manifests.resources()) {
            String what = resource.path("kind").asText() + " " + Manifests.nameOf(resource);
            assertThat(resource.path("apiVersion").asText()).as(what + " apiVersion").isNotBlank();
            assertThat(Manifests.nameOf(resource)).as(what + " name").matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
            Object model = StrictModels.typed(resource);
            if (model == null) {
                assertThat(CHECKED_FIELD_BY_FIELD).as(what + " has neither a typed model nor field checks")
                        .contains(resource.path("kind").asText());
                continue;
            }
            assertThat(StrictModels.unknownFields(model)).as(what + ": fields its model does not know").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void strimziResourcesUseTheV1Api(Manifests manifests) {
        for (String kind : StrictModels.STRIMZI.keySet()) {
            assertThat(manifests.ofKind(kind)).as(kind).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.path("apiVersion").asText()).isEqualTo("kafka.strimzi.io/v1"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void aMisspeltFieldIsReported(Manifests manifests) {
        // The check above is only worth something if it sees a typo: plant one in a copy.
        JsonNode deployment = manifests.serviceDeployment("payment-service").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec").path("template").path("spec"))
                .put("terminationGracePeriodSecond", 40);
        assertThat(StrictModels.unknownFields(StrictModels.typed(deployment))).containsExactly(".spec.template.spec.terminationGracePeriodSecond");
        JsonNode topic = manifests.ofKind("KafkaTopic").get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) topic.path("spec")).put("partition", 3);
        assertThat(StrictModels.unknownFields(StrictModels.typed(topic))).containsExactly(".spec.partition");
    }
}
