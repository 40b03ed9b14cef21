package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** k8s/components/opentelemetry points the services at the collector, and is used only once they can. */
class OpenTelemetryComponentTest {

    static final String COMPONENT = "k8s/components/opentelemetry";

    @Test
    void theComponentSendsEveryServiceToTheCollector() throws IOException {
        Assumptions.assumeTrue(Manifests.Kubectl.available(), Manifests.Kubectl.ABSENT);
        // A throw-away overlay inside the repository (kustomize refuses absolute roots).
        Path overlay = Repository.path("deploy/manifest-tests/target/otel-overlay");
        Files.createDirectories(overlay);
        Files.writeString(overlay.resolve("kustomization.yaml"),
                "resources: [../../../../k8s/base]\ncomponents: [../../../../" + COMPONENT + "]\n");
        Manifests rendered = new Manifests("base + opentelemetry", Repository.readYaml(Manifests.Kubectl.kustomize(overlay)));
        JsonNode collector = rendered.get("Service", "otel-collector");
        for (String service : Repository.SERVICES) {
            var env = ServiceEnvironmentTest.environment(rendered, DeploymentsTest.container(rendered.serviceDeployment(service)));
            assertThat(env.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT").literal())
                    .isEqualTo("http://" + Manifests.nameOf(collector) + ":4317");
        }
    }

    @Test
    void noOverlayEnablesItBeforeTheServicesCarryTheExtension() {
        boolean extension = Repository.read("platform/service-parent/pom.xml").contains("quarkus-opentelemetry");
        for (String overlay : Manifests.OVERLAYS) {
            String kustomization = Repository.read("k8s/overlays/" + overlay + "/kustomization.yaml");
            if (!extension) {
                assertThat(kustomization).as(overlay).doesNotContain("components/opentelemetry");
            }
        }
    }
}
