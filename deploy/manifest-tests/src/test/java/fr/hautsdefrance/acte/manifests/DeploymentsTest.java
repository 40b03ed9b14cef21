package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What every Deployment must have to be run, restarted and drained safely. */
class DeploymentsTest {

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceHasADeploymentAndAService(Manifests manifests) {
        for (ServiceSettings service : ServiceSettings.all()) {
            JsonNode container = container(manifests.serviceDeployment(service.name()));
            assertThat(container.path("ports").get(0).path("containerPort").asInt())
                    .as(service.name() + " listens on quarkus.http.port").isEqualTo(service.httpPort());
            JsonNode port = manifests.get("Service", service.name()).path("spec").path("ports").get(0);
            assertThat(port.path("name").asText()).isEqualTo("http");
            assertThat(port.path("port").asInt()).isEqualTo(service.httpPort());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceIsProbedOnSmallRyeHealth(Manifests manifests) {
        for (String service : Repository.SERVICES) {
            JsonNode container = container(manifests.serviceDeployment(service));
            assertThat(probePath(container, "startupProbe")).as(service + " startup").isEqualTo("/q/health/started");
            assertThat(probePath(container, "livenessProbe")).as(service + " liveness").isEqualTo("/q/health/live");
            assertThat(probePath(container, "readinessProbe")).as(service + " readiness").isEqualTo("/q/health/ready");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyDeploymentHasThreeProbesResourcesAndRunsAsNonRoot(Manifests manifests) {
        assertThat(manifests.deployments()).hasSizeGreaterThanOrEqualTo(Repository.SERVICES.size());
        for (JsonNode deployment : manifests.deployments()) {
            String name = Manifests.nameOf(deployment);
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            for (JsonNode container : pod.path("containers")) {
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    assertThat(container.path(probe).path("httpGet").path("path").asText()).as(name + " " + probe).isNotBlank();
                }
                JsonNode resources = container.path("resources");
                assertThat(resources.path("requests").path("cpu").asText()).as(name + " CPU request").isNotBlank();
                assertThat(resources.path("requests").path("memory").asText()).as(name + " memory request").isNotBlank();
                assertThat(resources.path("limits").path("memory").asText()).as(name + " memory limit").isNotBlank();
                JsonNode security = container.path("securityContext");
                assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).as(name + " privilege escalation").isFalse();
                assertThat(security.path("readOnlyRootFilesystem").asBoolean(false)).as(name + " read-only root").isTrue();
                assertThat(security.path("capabilities").path("drop").toString()).as(name + " capabilities").contains("ALL");
            }
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean(false)).as(name + " runAsNonRoot").isTrue();
            assertThat(pod.path("securityContext").path("runAsUser").asInt(0)).as(name + " runAsUser").isPositive();
            assertThat(pod.path("securityContext").path("seccompProfile").path("type").asText()).isEqualTo("RuntimeDefault");
            assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).as(name + " needs no API token").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void gracePeriodOutlastsPreStopAndQuarkusShutdownTimeout(Manifests manifests) {
        for (ServiceSettings service : ServiceSettings.all()) {
            JsonNode pod = manifests.serviceDeployment(service.name()).path("spec").path("template").path("spec");
            Duration preStop = preStopSleep(container(manifests.serviceDeployment(service.name())));
            Duration grace = Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong(30));
            assertThat(service.shutdownTimeout()).as(service.name() + " sets quarkus.shutdown.timeout").isPositive();
            assertThat(grace).as(service.name() + ": terminationGracePeriodSeconds > preStop + quarkus.shutdown.timeout")
                    .isGreaterThan(service.shutdownTimeout().plus(preStop));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyDeploymentHasAPodDisruptionBudget(Manifests manifests) {
        for (JsonNode deployment : manifests.deployments()) {
            Map<String, String> labels = Labels.of(deployment.path("spec").path("template").path("metadata").path("labels"));
            assertThat(manifests.ofKind("PodDisruptionBudget"))
                    .as(Manifests.nameOf(deployment) + " has a PodDisruptionBudget")
                    .anySatisfy(pdb -> {
                        assertThat(Labels.matches(pdb.path("spec").path("selector"), labels)).isTrue();
                        assertThat(pdb.path("spec").has("maxUnavailable") || pdb.path("spec").has("minAvailable")).isTrue();
                    });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceScalesWithAnAutoscalerThatKeepsTwoReplicasInProduction(Manifests manifests) {
        for (String service : Repository.SERVICES) {
            JsonNode hpa = manifests.get("HorizontalPodAutoscaler", service).path("spec");
            assertThat(hpa.path("scaleTargetRef").path("kind").asText()).isEqualTo("Deployment");
            assertThat(hpa.path("scaleTargetRef").path("name").asText()).isEqualTo(service);
            assertThat(hpa.path("maxReplicas").asInt()).isGreaterThanOrEqualTo(hpa.path("minReplicas").asInt());
            if (!manifests.name().equals("overlay dev")) {
                assertThat(hpa.path("minReplicas").asInt()).as(service + " survives a node's loss").isGreaterThanOrEqualTo(2);
            }
            assertThat(manifests.serviceDeployment(service).path("spec").has("replicas"))
                    .as(service + ": the autoscaler owns the replica count").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void overlaysDeployVersionedImagesFromARegistry(Manifests manifests) {
        if (manifests.name().equals("base")) {
            return;
        }
        for (String service : Repository.SERVICES) {
            String image = container(manifests.serviceDeployment(service)).path("image").asText();
            assertThat(image).as(service + " image").matches("[a-z0-9.-]+\\.[a-z]+/acte/" + service + ":[A-Za-z0-9._-]+")
                    .doesNotEndWith(":latest");
        }
    }

    static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static String probePath(JsonNode container, String probe) {
        return container.path(probe).path("httpGet").path("path").asText();
    }

    private static Duration preStopSleep(JsonNode container) {
        JsonNode preStop = container.path("lifecycle").path("preStop");
        if (preStop.has("sleep")) {
            return Duration.ofSeconds(preStop.path("sleep").path("seconds").asLong());
        }
        JsonNode command = preStop.path("exec").path("command");
        if (command.size() == 2 && command.get(0).asText().equals("sleep")) {
            return Duration.ofSeconds(command.get(1).asLong());
        }
        return Duration.ZERO;
    }
}
