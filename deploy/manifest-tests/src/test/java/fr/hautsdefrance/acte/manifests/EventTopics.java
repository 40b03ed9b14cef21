package fr.hautsdefrance.acte.manifests;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topics of docs/asyncapi.yaml and who writes them. The README's naming rule decides the
 * producer: {@code acte.<aggregate>.v1} is written by {@code <aggregate>-service} (its outbox
 * relay), {@code acte.<service>.dlq} by {@code <service>} (its dead-letter strategy); a channel
 * whose aggregate no service is named after (acte.organisation-contacts.v1) names its producer
 * ({@code x-producer}).
 */
final class EventTopics {

    private static final Pattern EVENTS = Pattern.compile("acte\\.([a-z]+)\\.v\\d+");
    private static final Pattern DEAD_LETTERS = Pattern.compile("acte\\.([a-z]+-service)\\.dlq");

    private EventTopics() {
    }

    static Set<String> all() {
        Set<String> topics = new TreeSet<>();
        JsonNode channels = Repository.yaml("docs/asyncapi.yaml").path("channels");
        channels.forEach(channel -> topics.add(channel.path("address").asText()));
        return topics;
    }

    static Optional<String> producer(String topic) {
        for (JsonNode channel : Repository.yaml("docs/asyncapi.yaml").path("channels")) {
            if (channel.path("address").asText().equals(topic) && channel.path("x-producer").isTextual()) {
                return Optional.of(channel.path("x-producer").asText());
            }
        }
        Matcher events = EVENTS.matcher(topic);
        if (events.matches()) {
            return Optional.of(events.group(1) + "-service");
        }
        Matcher deadLetters = DEAD_LETTERS.matcher(topic);
        return deadLetters.matches() ? Optional.of(deadLetters.group(1)) : Optional.empty();
    }

    static Set<String> producedBy(String service) {
        Set<String> topics = new TreeSet<>();
        for (String topic : all()) {
            if (producer(topic).filter(service::equals).isPresent()) {
                topics.add(topic);
            }
        }
        return topics;
    }

    /**
     * The topics whose messages carry personal data: a payload that reaches, through its schemas,
     * a property named {@code email} (a Contact, a NotificationRecipient). Read from the contract,
     * so that a new event carrying a contact changes the answer by itself.
     */
    static Set<String> carryingPersonalData() {
        JsonNode contract = Repository.yaml("docs/asyncapi.yaml");
        Set<String> topics = new TreeSet<>();
        contract.path("channels").forEach(channel -> channel.path("messages").forEach(message -> {
            if (reachesEmail(contract, message, new java.util.HashSet<>())) {
                topics.add(channel.path("address").asText());
            }
        }));
        return topics;
    }

    private static boolean reachesEmail(JsonNode contract, JsonNode node, Set<String> seen) {
        if (node.isObject()) {
            if (node.path("properties").has("email")) {
                return true;
            }
            String ref = node.path("$ref").asText("");
            if (ref.startsWith("#/") && seen.add(ref)) {
                JsonNode target = contract;
                for (String part : ref.substring(2).split("/")) {
                    target = target.path(part);
                }
                if (reachesEmail(contract, target, seen)) {
                    return true;
                }
            }
        }
        for (JsonNode child : node) {
            if (reachesEmail(contract, child, seen)) {
                return true;
            }
        }
        return false;
    }

    static boolean isDeadLetterTopic(String topic) {
        return DEAD_LETTERS.matcher(topic).matches();
    }
}
