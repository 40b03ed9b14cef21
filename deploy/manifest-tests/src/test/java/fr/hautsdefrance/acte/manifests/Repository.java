package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The repository the tests read: services' configuration, the event contract, the manifests. */
final class Repository {

    static final List<String> SERVICES = List.of("application-service", "eligibility-service", "payment-service",
            "notification-service");

    static final YAMLFactory YAML = new YAMLFactory();
    static final ObjectMapper MAPPER = new ObjectMapper(YAML);
    static final ObjectMapper JSON = new ObjectMapper();

    private Repository() {
    }

    /** The project root, given by the build (so a test run from any directory reads the same files). */
    static Path root() {
        String root = System.getProperty("acte.project.root");
        Path path = root != null ? Path.of(root) : Path.of("../..");
        if (!Files.exists(path.resolve("docs/asyncapi.yaml"))) {
            throw new IllegalStateException("Not the ACTE project root: " + path.toAbsolutePath());
        }
        return path.toAbsolutePath().normalize();
    }

    static Path path(String relative) {
        return root().resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relative) {
        return readYaml(read(relative)).stream().findFirst().orElse(MissingNode.getInstance());
    }

    static JsonNode json(String relative) {
        try {
            return JSON.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of a multi-document YAML text, empty documents left out. */
    static List<JsonNode> readYaml(String text) {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = YAML.createParser(text)) {
            var iterator = MAPPER.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isMissingNode() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }
}
