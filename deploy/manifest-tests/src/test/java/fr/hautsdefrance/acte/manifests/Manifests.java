package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A set of Kubernetes resources under test: an overlay rendered by {@code kubectl kustomize}, or
 * the base read file by file (always available, so the content checks run even where kubectl is
 * not installed).
 */
record Manifests(String name, List<JsonNode> resources) {

    static final List<String> OVERLAYS = List.of("dev", "prod");
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    @Override
    public String toString() {
        return name;
    }

    /** The base and, where kubectl is installed, each overlay. */
    static Stream<Manifests> everyVariant() {
        List<Manifests> variants = new ArrayList<>();
        variants.add(base());
        if (Kubectl.available()) {
            OVERLAYS.forEach(overlay -> variants.add(overlay(overlay)));
        } else {
            System.err.println("[manifest-tests] " + Kubectl.ABSENT);
        }
        return variants.stream();
    }

    static Manifests overlay(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> new Manifests("overlay " + o,
                Repository.readYaml(Kubectl.kustomize(Repository.path("k8s/overlays/" + o)))));
    }

    /** The base's resource files and generated ConfigMaps, without kustomize (names keep no hash suffix). */
    static Manifests base() {
        return RENDERED.computeIfAbsent("base", b -> {
            Path dir = Repository.path("k8s/base");
            JsonNode kustomization = Repository.yaml("k8s/base/kustomization.yaml");
            List<JsonNode> resources = new ArrayList<>();
            kustomization.path("resources").forEach(file -> resources.addAll(Repository.readYaml(
                    Repository.read("k8s/base/" + file.asText()))));
            kustomization.path("configMapGenerator").forEach(generator -> {
                ObjectNode configMap = Repository.JSON.createObjectNode();
                configMap.put("apiVersion", "v1").put("kind", "ConfigMap");
                configMap.putObject("metadata").put("name", generator.path("name").asText());
                ObjectNode data = configMap.putObject("data");
                if (generator.path("options").has("labels")) {
                    ObjectNode labels = ((ObjectNode) configMap.path("metadata")).putObject("labels");
                    generator.path("options").path("labels").fields()
                            .forEachRemaining(label -> labels.put(label.getKey(), label.getValue().asText()));
                }
                generator.path("envs").forEach(env -> readEnvFile(dir.resolve(env.asText())).forEach(data::put));
                generator.path("files").forEach(file -> data.put(Path.of(file.asText()).getFileName().toString(),
                        Repository.read("k8s/base/" + file.asText())));
                generator.path("literals").forEach(literal -> {
                    String[] pair = literal.asText().split("=", 2);
                    data.put(pair[0], pair[1]);
                });
                resources.add(configMap);
            });
            return new Manifests("base", resources);
        });
    }

    static Map<String, String> readEnvFile(Path file) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] pair = line.split("=", 2);
                    values.put(pair[0].trim(), pair.length > 1 ? pair[1] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    List<JsonNode> ofKind(String kind) {
        return resources.stream().filter(r -> kind.equals(r.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(nameOf(r))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(this + " has no " + kind + " " + name));
    }

    /** A ConfigMap by the name the base gives it; kustomize appends a content hash to generated ones. */
    Optional<JsonNode> configMap(String name) {
        return ofKind("ConfigMap").stream()
                .filter(r -> nameOf(r).equals(name) || nameOf(r).matches(java.util.regex.Pattern.quote(name) + "-[a-z0-9]{10}"))
                .findFirst();
    }

    List<JsonNode> deployments() {
        return ofKind("Deployment");
    }

    JsonNode serviceDeployment(String service) {
        return get("Deployment", service);
    }

    static String nameOf(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    /** kubectl, found on the PATH. */
    static final class Kubectl {
        static final String ABSENT = "kubectl is not installed: the dev and prod overlays are not rendered; "
                + "only the base is checked (install kubectl to check the overlays too)";
        private static Boolean available;

        private Kubectl() {
        }

        static synchronized boolean available() {
            if (available == null) {
                available = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "kubectl")));
            }
            return available;
        }

        static String kustomize(Path directory) {
            try {
                Path output = Files.createTempFile("kustomize", ".yaml");
                Path errors = Files.createTempFile("kustomize", ".err");
                Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                        .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError("kubectl kustomize " + directory + " did not finish in 60 s");
                }
                if (process.exitValue() != 0) {
                    throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + Files.readString(errors));
                }
                String rendered = Files.readString(output);
                Files.delete(output);
                Files.delete(errors);
                return rendered;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
