package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hautsdefrance.acte.manifests.NetworkFlows.Peer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Default deny, then exactly the flows the platform needs: browsers through the Ingress controller
 * to application-service only; application-service to eligibility-service, payment-service and
 * notification-service; every service to Kafka, its own database and Keycloak; notification-service
 * to the SMTP relay.
 */
class NetworkPoliciesTest {

    static final String NS = "acte";
    // Pods the operators create, with the labels they give them.
    static final Peer KAFKA_BROKER = Peer.pod(NS, Labels.of("strimzi.io/cluster", "acte-kafka",
            "strimzi.io/kind", "Kafka", "strimzi.io/broker-role", "true", "strimzi.io/controller-role", "true"));
    static final Peer KEYCLOAK = Peer.pod(NS, Labels.of("app", "keycloak", "app.kubernetes.io/instance", "acte-keycloak",
            "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/component", "server"));
    static final Peer INGRESS_CONTROLLER = Peer.pod("ingress-nginx", Labels.of("app.kubernetes.io/name", "ingress-nginx"));
    static final Peer PROMETHEUS = Peer.pod("monitoring", Labels.of("app.kubernetes.io/name", "prometheus"));
    static final Peer OTHER_NAMESPACE_POD = Peer.pod("someone-else", Labels.of("app", "curious"));
    static final Peer DNS = Peer.pod("kube-system", Labels.of("k8s-app", "kube-dns"));
    static final Peer SMTP_RELAY = Peer.external("192.0.2.25");

    static Stream<Manifests> variants() {
        return Manifests.everyVariant();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everythingIsDeniedUnlessAllowed(Manifests manifests) {
        assertThat(manifests.ofKind("NetworkPolicy")).anySatisfy(policy -> {
            JsonNode spec = policy.path("spec");
            assertThat(spec.path("podSelector").isEmpty()).isTrue();
            assertThat(spec.path("policyTypes").toString()).contains("Ingress", "Egress");
            assertThat(spec.has("ingress") || spec.has("egress")).isFalse();
        });
        Peer unknownPod = Peer.pod(NS, Labels.of("app", "not-acte"));
        NetworkFlows flows = flows(manifests);
        assertThat(flows.allows(OTHER_NAMESPACE_POD, unknownPod, "TCP", 8080)).isFalse();
        assertThat(flows.allows(unknownPod, SMTP_RELAY, "TCP", 587)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void everyDeploymentIsCoveredByItsOwnPolicyBothWays(Manifests manifests) {
        NetworkFlows flows = flows(manifests);
        for (JsonNode deployment : manifests.deployments()) {
            Peer pod = podOf(deployment);
            assertThat(flows.specificPoliciesSelecting(pod, "Ingress")).as(Manifests.nameOf(deployment) + " ingress").isNotEmpty();
            assertThat(flows.specificPoliciesSelecting(pod, "Egress")).as(Manifests.nameOf(deployment) + " egress").isNotEmpty();
            assertThat(flows.allows(pod, DNS, "UDP", 53)).as(Manifests.nameOf(deployment) + " resolves names").isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void onlyApplicationServiceIsReachableFromTheIngressController(Manifests manifests) {
        NetworkFlows flows = flows(manifests);
        for (ServiceSettings service : ServiceSettings.all()) {
            Peer pod = service(manifests, service.name());
            assertThat(flows.allows(INGRESS_CONTROLLER, pod, "TCP", service.httpPort()))
                    .as("ingress controller → " + service.name()).isEqualTo(service.name().equals("application-service"));
            assertThat(flows.allows(OTHER_NAMESPACE_POD, pod, "TCP", service.httpPort()))
                    .as("another namespace → " + service.name()).isFalse();
            assertThat(flows.allows(PROMETHEUS, pod, "TCP", service.httpPort()))
                    .as("Prometheus scrapes " + service.name()).isTrue();
        }
        assertThat(flows.allows(INGRESS_CONTROLLER, KEYCLOAK, "TCP", 8080)).as("login pages").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void onlyApplicationServiceCallsEligibilityService(Manifests manifests) {
        NetworkFlows flows = flows(manifests);
        Peer eligibility = service(manifests, "eligibility-service");
        for (String caller : Repository.SERVICES) {
            if (!caller.equals("eligibility-service")) {
                assertThat(flows.allows(service(manifests, caller), eligibility, "TCP", 8081))
                        .as(caller + " → eligibility-service").isEqualTo(caller.equals("application-service"));
            }
        }
        assertThat(flows.allows(eligibility, service(manifests, "application-service"), "TCP", 8080)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void onlyThePortalCallsPaymentAndNotificationServices(Manifests manifests) {
        NetworkFlows flows = flows(manifests);
        for (ServiceSettings callee : List.of(ServiceSettings.of("payment-service"), ServiceSettings.of("notification-service"))) {
            Peer pod = service(manifests, callee.name());
            for (String caller : Repository.SERVICES) {
                if (!caller.equals(callee.name())) {
                    assertThat(flows.allows(service(manifests, caller), pod, "TCP", callee.httpPort()))
                            .as(caller + " → " + callee.name()).isEqualTo(caller.equals("application-service"));
                }
            }
            assertThat(flows.allows(pod, service(manifests, "application-service"), "TCP", 8080))
                    .as(callee.name() + " → application-service").isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void eachServiceReachesKafkaKeycloakAndOnlyItsOwnDatabase(Manifests manifests) {
        NetworkFlows flows = flows(manifests);
        for (String service : Repository.SERVICES) {
            Peer pod = service(manifests, service);
            assertThat(flows.allows(pod, KAFKA_BROKER, "TCP", 9093)).as(service + " → Kafka").isTrue();
            assertThat(flows.allows(pod, KEYCLOAK, "TCP", 8080)).as(service + " → Keycloak").isTrue();
            for (String other : Repository.SERVICES) {
                assertThat(flows.allows(pod, database(other), "TCP", 5432))
                        .as(service + " → database of " + other).isEqualTo(other.equals(service));
            }
            assertThat(flows.allows(pod, database("keycloak"), "TCP", 5432)).as(service + " → Keycloak's database").isFalse();
        }
        assertThat(flows.allows(KEYCLOAK, database("keycloak"), "TCP", 5432)).as("Keycloak → its database").isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void onlyNotificationServiceSendsMail(Manifests manifests) {
        NetworkFlows flows = flows(manifests);
        for (String service : Repository.SERVICES) {
            assertThat(flows.allows(service(manifests, service), SMTP_RELAY, "TCP", 587))
                    .as(service + " → SMTP").isEqualTo(service.equals("notification-service"));
        }
    }

    /** The namespace's policies plus the one Strimzi generates for the TLS listener from its networkPolicyPeers. */
    static NetworkFlows flows(Manifests manifests) {
        List<JsonNode> policies = new ArrayList<>(manifests.ofKind("NetworkPolicy"));
        for (JsonNode listener : manifests.get("Kafka", "acte-kafka").path("spec").path("kafka").path("listeners")) {
            ObjectNode generated = Repository.JSON.createObjectNode();
            generated.putObject("metadata").put("name", "strimzi-generated-" + listener.path("name").asText());
            ObjectNode spec = generated.putObject("spec");
            spec.putObject("podSelector").putObject("matchLabels").put("strimzi.io/cluster", "acte-kafka")
                    .put("strimzi.io/broker-role", "true");
            spec.putArray("policyTypes").add("Ingress");
            ObjectNode rule = spec.putArray("ingress").addObject();
            rule.putArray("ports").addObject().put("protocol", "TCP").put("port", listener.path("port").asInt());
            if (listener.has("networkPolicyPeers")) {
                rule.set("from", listener.path("networkPolicyPeers"));
            }
            policies.add(generated);
        }
        return new NetworkFlows(NS, policies);
    }

    static Peer service(Manifests manifests, String name) {
        return podOf(manifests.serviceDeployment(name));
    }

    static Peer podOf(JsonNode deployment) {
        return Peer.pod(NS, Labels.of(deployment.path("spec").path("template").path("metadata").path("labels")));
    }

    static Peer database(String service) {
        String cluster = "acte-" + service.replace("-service", "") + "-db";
        return Peer.pod(NS, Map.of("cnpg.io/cluster", cluster, "cnpg.io/podRole", "instance"));
    }
}
