package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The events the platform publishes, read from the AsyncAPI document other regional systems
 * rely on ({@code docs/asyncapi.yaml}). A service can only emit an event this document declares,
 * and its topic is the one the document gives.
 */
public final class EventContract {

    public static final String RESOURCE = "/acte/asyncapi.yaml";
    private static final String CE_TYPE_HEADER = "ce_type";

    /** JSON Schema draft 7 (AsyncAPI's schema format), told that "components" only carries definitions. */
    private static final JsonSchemaFactory SCHEMA_FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            builder -> builder.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .keyword(new NonValidationKeyword("components")).build()));

    private final JsonNode document;
    private final Map<String, String> topicByType;
    private final Map<String, String> messageIdByType;
    private final Map<String, JsonSchema> schemaByType = new ConcurrentHashMap<>();

    private EventContract(JsonNode document) {
        this.document = document;
        this.messageIdByType = readMessageIds(document);
        this.topicByType = readTopics(document, messageIdByType);
    }

    /** The contract packaged with the messaging library. */
    public static EventContract load() {
        try (InputStream in = EventContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new EventContract(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the event contract " + RESOURCE, e);
        }
    }

    /** CloudEvents types declared by the document. */
    public Set<String> declaredTypes() {
        return Collections.unmodifiableSet(messageIdByType.keySet());
    }

    /** The topic of an event type; fails for a type the contract does not declare. */
    public String topicOf(EventType type) {
        String topic = topicByType.get(type.cloudEventType());
        if (topic == null) {
            throw new UndeclaredEventException(type);
        }
        return topic;
    }

    /** The schema violations of {@code payload} for {@code type}; empty when it conforms. */
    public Set<String> violations(EventType type, JsonNode payload) {
        topicOf(type);
        JsonSchema schema = schemaByType.computeIfAbsent(type.cloudEventType(), this::schemaOf);
        return schema.validate(payload).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** The payload schema with the document's components beside it, so local references resolve. */
    private JsonSchema schemaOf(String cloudEventType) {
        JsonNode message = document.at("/components/messages/" + messageIdByType.get(cloudEventType));
        ObjectNode root = ((ObjectNode) message.get("payload")).deepCopy();
        root.set("components", document.get("components"));
        return SCHEMA_FACTORY.getSchema(root);
    }

    private static Map<String, String> readMessageIds(JsonNode document) {
        Map<String, String> ids = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> messages = document.path("components").path("messages").fields();
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> message = messages.next();
            String type = declaredType(message.getValue().path("headers"));
            if (type != null) {
                ids.put(type, message.getKey());
            }
        }
        return ids;
    }

    /** The {@code ce_type} constant of a message's headers schema, directly or in one of its {@code allOf} parts. */
    private static String declaredType(JsonNode headers) {
        JsonNode type = headers.path("properties").path(CE_TYPE_HEADER).path("const");
        if (type.isTextual()) {
            return type.asText();
        }
        for (JsonNode part : headers.path("allOf")) {
            String inPart = declaredType(part);
            if (inPart != null) {
                return inPart;
            }
        }
        return null;
    }

    private static Map<String, String> readTopics(JsonNode document, Map<String, String> messageIdByType) {
        Map<String, String> typeByMessageRef = new HashMap<>();
        messageIdByType.forEach((type, id) -> typeByMessageRef.put("#/components/messages/" + id, type));
        Map<String, String> topics = new HashMap<>();
        Iterator<JsonNode> channels = document.path("channels").elements();
        while (channels.hasNext()) {
            JsonNode channel = channels.next();
            channel.path("messages").elements().forEachRemaining(ref -> {
                String type = typeByMessageRef.get(ref.path("$ref").asText());
                if (type != null) {
                    topics.put(type, channel.path("address").asText());
                }
            });
        }
        return topics;
    }
}
