package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * The realm deployments import, derived from the local stack's deploy/keycloak/acte-realm.json so
 * that roles, clients, audiences, token lifespans and login settings are the same everywhere, and
 * only what is local by nature changes:
 * <ul>
 * <li>no users: the demo accounts and their passwords exist on a developer's machine only;</li>
 * <li>no client that takes passwords directly (direct access grants: scripts and tests);</li>
 * <li>each confidential client's secret becomes a placeholder {@code ${<CLIENT_ID>_CLIENT_SECRET}}
 * resolved by Keycloak at import from its environment;</li>
 * <li>the local portal URL becomes {@code ${ACTE_PUBLIC_URL}}.</li>
 * </ul>
 */
final class DeployedRealm {

    static final String SOURCE = "deploy/keycloak/acte-realm.json";
    static final String LOCAL_PORTAL_URL = "http://localhost:8080";
    static final String PUBLIC_URL_PLACEHOLDER = "${ACTE_PUBLIC_URL}";

    private DeployedRealm() {
    }

    static ObjectNode fromLocalRealm() {
        return derive(Repository.json(SOURCE));
    }

    static ObjectNode derive(JsonNode localRealm) {
        ObjectNode realm = localRealm.deepCopy();
        realm.remove("users");
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (Iterator<JsonNode> it = clients.iterator(); it.hasNext(); ) {
            if (it.next().path("directAccessGrantsEnabled").asBoolean(false)) {
                it.remove();
            }
        }
        for (JsonNode client : clients) {
            if (client.has("secret")) {
                ((ObjectNode) client).put("secret", "${" + secretPlaceholder(client.path("clientId").asText()) + "}");
            }
        }
        return (ObjectNode) replaceLocalUrl(realm);
    }

    /** acte-portal → ACTE_PORTAL_CLIENT_SECRET, the variable application-service reads its secret from. */
    static String secretPlaceholder(String clientId) {
        return clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
    }

    private static JsonNode replaceLocalUrl(JsonNode node) {
        if (node.isTextual() && node.asText().startsWith(LOCAL_PORTAL_URL)) {
            return TextNode.valueOf(PUBLIC_URL_PLACEHOLDER + node.asText().substring(LOCAL_PORTAL_URL.length()));
        }
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                field.setValue(replaceLocalUrl(field.getValue()));
            }
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, replaceLocalUrl(array.get(i)));
            }
        }
        return node;
    }
}
