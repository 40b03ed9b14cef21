package fr.hautsdefrance.acte.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What an integrator may rely on in a service's API document (/q/openapi), checked the same way for
 * every service: each operation documents its success answers with their schemas, 201 where it
 * creates, its refusals as problem documents, who may call it (an explicit {@code security: []} when
 * anyone may), and the document names its servers; the portal's HTML pages are not part of the API.
 * Operations are named {@code "GET /api/v1/calls"}.
 */
public final class OpenApiContract {

    private static final String PROBLEM = "application/problem+json";
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head");

    private final JsonNode document;

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    public static OpenApiContract of(String json) {
        try {
            return new OpenApiContract(new ObjectMapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every operation of the document, by name. */
    public Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        eachOperation((name, path, method, operation) -> operations.add(name));
        return operations;
    }

    /**
     * The properties that fail, one line each (empty when the document can be trusted).
     *
     * @param open the operations anyone may call, without a token
     * @param creating the operations that answer 201 Created
     */
    public List<String> violations(Set<String> open, Set<String> creating) {
        List<String> violations = new ArrayList<>();
        JsonNode servers = document.path("servers");
        if (!servers.isArray() || servers.isEmpty() || servers.get(0).path("url").asText().isBlank()) {
            violations.add("no servers entry");
        }
        JsonNode problem = document.path("components").path("schemas").path("Problem").path("properties");
        for (String property : List.of("type", "title", "status", "detail", "errors")) {
            if (problem.path(property).isMissingNode()) {
                violations.add("schema Problem has no property " + property);
            }
        }
        Set<String> known = operations();
        for (String name : open) {
            if (!known.contains(name)) {
                violations.add(name + ": said open but not in the document");
            }
        }
        for (String name : creating) {
            if (!known.contains(name)) {
                violations.add(name + ": said to create but not in the document");
            }
        }
        eachOperation((name, path, method, operation) -> check(name, path, method, operation, open, creating, violations));
        return violations;
    }

    private void check(String name, String path, String method, JsonNode operation, Set<String> open,
            Set<String> creating, List<String> violations) {
        JsonNode responses = operation.path("responses");
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String status = entry.getKey();
            JsonNode response = resolve(entry.getValue());
            if (status.startsWith("2")) {
                success = true;
                if (!status.equals("204")) {
                    checkSuccessContent(name, status, response, violations);
                }
            } else if (status.startsWith("4") && !isProblem(response)) {
                violations.add(name + ": " + status + " is not documented as application/problem+json with schema Problem");
            }
        }
        if (!success) {
            violations.add(name + ": no success response documented");
        }
        if (creating.contains(name) && (!responses.has("201") || responses.has("200"))) {
            violations.add(name + ": answers 201 Created, documents " + fieldNames(responses));
        }
        JsonNode security = operation.get("security");
        boolean declaredOpen = security != null && security.isArray() && security.isEmpty();
        if (open.contains(name) && !declaredOpen) {
            violations.add(name + ": open to anyone but without security: []");
        }
        if (!open.contains(name) && (security == null || security.isEmpty())) {
            violations.add(name + ": no security requirement, yet not listed as open");
        }
        List<String> expected = new ArrayList<>();
        if (!open.contains(name)) {
            expected.add("401");
            expected.add("403");
        }
        if (path.contains("{")) {
            expected.add("404");
        }
        if (operation.has("requestBody") || (operation.path("parameters").isArray() && !operation.path("parameters").isEmpty())) {
            expected.add("400");
        }
        if (WRITES.contains(method)) {
            expected.add("409");
        }
        for (String status : expected) {
            if (!responses.has(status)) {
                violations.add(name + ": " + status + " not documented");
            }
        }
    }

    private static void checkSuccessContent(String name, String status, JsonNode response, List<String> violations) {
        JsonNode content = response.path("content");
        if (!content.isObject() || content.isEmpty()) {
            violations.add(name + ": " + status + " has no content");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = content.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> media = it.next();
            if (media.getKey().startsWith("text/html")) {
                violations.add(name + ": an HTML page in the API document");
            }
            JsonNode schema = media.getValue().path("schema");
            if (!schema.isObject() || schema.isEmpty()) {
                violations.add(name + ": " + status + " " + media.getKey() + " has no schema");
            }
        }
    }

    private static boolean isProblem(JsonNode response) {
        JsonNode content = response.path("content");
        return content.size() == 1 && "#/components/schemas/Problem".equals(
                content.path(PROBLEM).path("schema").path("$ref").asText());
    }

    private JsonNode resolve(JsonNode response) {
        String ref = response.path("$ref").asText("");
        if (ref.startsWith("#/components/responses/")) {
            return document.path("components").path("responses").path(ref.substring("#/components/responses/".length()));
        }
        return response;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private interface OperationVisitor {
        void visit(String name, String path, String method, JsonNode operation);
    }

    private void eachOperation(OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    visitor.visit(op.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), op.getKey(), op.getValue());
                }
            }
        }
    }
}
