package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a connection is allowed by a namespace's NetworkPolicies, as Kubernetes does:
 * a pod selected by a policy of a direction is isolated in that direction and only what some rule
 * of those policies allows gets through; both the sender's egress and the receiver's ingress must
 * allow it. Named ports are not resolved (the manifests use numbers).
 */
final class NetworkFlows {

    /** A pod (namespace and labels) or, when {@code ip} is set, an address outside the cluster. */
    record Peer(String namespace, Map<String, String> labels, String ip) {
        static Peer pod(String namespace, Map<String, String> labels) {
            return new Peer(namespace, labels, null);
        }

        static Peer external(String ip) {
            return new Peer(null, Map.of(), ip);
        }

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }

        @Override
        public String toString() {
            return ip != null ? ip : namespace + "/" + labels;
        }
    }

    private final String namespace;
    private final List<JsonNode> policies;

    NetworkFlows(String namespace, List<JsonNode> policies) {
        this.namespace = namespace;
        this.policies = new ArrayList<>(policies);
    }

    boolean allows(Peer from, Peer to, String protocol, int port) {
        return egressAllows(from, to, protocol, port) && ingressAllows(from, to, protocol, port);
    }

    boolean egressAllows(Peer from, Peer to, String protocol, int port) {
        return sideAllows(from, to, "Egress", "egress", "to", protocol, port);
    }

    boolean ingressAllows(Peer from, Peer to, String protocol, int port) {
        return sideAllows(to, from, "Ingress", "ingress", "from", protocol, port);
    }

    /** Policies (other than the catch-all ones) that select this pod in that direction. */
    List<String> specificPoliciesSelecting(Peer pod, String type) {
        List<String> names = new ArrayList<>();
        for (JsonNode policy : selecting(pod, type)) {
            if (!policy.path("spec").path("podSelector").isEmpty()) {
                names.add(Manifests.nameOf(policy));
            }
        }
        return names;
    }

    private boolean sideAllows(Peer subject, Peer other, String type, String rulesField, String peersField,
            String protocol, int port) {
        if (subject.ip() != null || !namespace.equals(subject.namespace())) {
            return true; // not governed by this namespace's policies
        }
        List<JsonNode> isolating = selecting(subject, type);
        if (isolating.isEmpty()) {
            return true;
        }
        for (JsonNode policy : isolating) {
            for (JsonNode rule : policy.path("spec").path(rulesField)) {
                if (portMatches(rule.path("ports"), protocol, port) && peerMatches(rule.path(peersField), other)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<JsonNode> selecting(Peer pod, String type) {
        if (pod.ip() != null || !namespace.equals(pod.namespace())) {
            return List.of();
        }
        return policies.stream()
                .filter(p -> types(p).contains(type))
                .filter(p -> Labels.matches(p.path("spec").path("podSelector"), pod.labels()))
                .toList();
    }

    private static List<String> types(JsonNode policy) {
        List<String> types = new ArrayList<>();
        policy.path("spec").path("policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (policy.path("spec").has("egress")) {
                types.add("Egress");
            }
        }
        return types;
    }

    private static boolean portMatches(JsonNode ports, String protocol, int port) {
        if (ports.isMissingNode() || ports.isEmpty()) {
            return true;
        }
        for (JsonNode p : ports) {
            boolean sameProtocol = p.path("protocol").asText("TCP").equals(protocol);
            if (!p.has("port")) {
                if (sameProtocol) {
                    return true;
                }
                continue;
            }
            int from = p.path("port").asInt(-1);
            int to = p.has("endPort") ? p.path("endPort").asInt() : from;
            if (sameProtocol && port >= from && port <= to) {
                return true;
            }
        }
        return false;
    }

    private boolean peerMatches(JsonNode peers, Peer other) {
        if (peers.isMissingNode() || peers.isEmpty()) {
            return true; // a rule without peers allows everyone
        }
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                if (other.ip() != null && inBlock(other.ip(), peer.path("ipBlock"))) {
                    return true;
                }
                continue;
            }
            if (other.ip() != null) {
                continue;
            }
            boolean namespaceOk = peer.has("namespaceSelector")
                    ? Labels.matches(peer.path("namespaceSelector"), other.namespaceLabels())
                    : namespace.equals(other.namespace());
            boolean podOk = !peer.has("podSelector") || Labels.matches(peer.path("podSelector"), other.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBlock(String ip, JsonNode block) {
        if (!inCidr(ip, block.path("cidr").asText())) {
            return false;
        }
        for (JsonNode except : block.path("except")) {
            if (inCidr(ip, except.asText())) {
                return false;
            }
        }
        return true;
    }

    private static boolean inCidr(String ip, String cidr) {
        try {
            String[] parts = cidr.split("/");
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] address = InetAddress.getByName(ip).getAddress();
            if (network.length != address.length) {
                return false;
            }
            int bits = Integer.parseInt(parts[1]);
            int shift = network.length * 8 - bits;
            BigInteger mask = bits == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftLeft(shift);
            return new BigInteger(1, network).and(mask).equals(new BigInteger(1, address).and(mask));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
