package fr.hautsdefrance.acte.messaging;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The kind of a domain event, e.g. {@code application.submitted}: the aggregate it concerns and
 * what happened to it. Its CloudEvents {@code type} is namespaced and versioned
 * ({@code fr.hautsdefrance.acte.application.submitted.v1}); its topic comes from the published
 * contract ({@code docs/asyncapi.yaml}), never from the code.
 */
public record EventType(String aggregateType, String name) {

    public static final String NAMESPACE = "fr.hautsdefrance.acte.";
    private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z-]*");
    private static final String VERSION_SUFFIX = ".v1";

    public EventType {
        Objects.requireNonNull(aggregateType);
        Objects.requireNonNull(name);
        if (!SEGMENT.matcher(aggregateType).matches() || !SEGMENT.matcher(name).matches()) {
            throw new IllegalArgumentException("Event names are lower-case words: " + aggregateType + "." + name);
        }
    }

    /** {@code of("application.submitted")}. */
    public static EventType of(String shortName) {
        int dot = shortName.indexOf('.');
        if (dot < 0) {
            throw new IllegalArgumentException("Expected <aggregate>.<event>, got " + shortName);
        }
        return new EventType(shortName.substring(0, dot), shortName.substring(dot + 1));
    }

    /** Reads a CloudEvents {@code type} attribute; {@code null} when it is not an ACTE v1 type. */
    public static EventType fromCloudEventType(String cloudEventType) {
        if (cloudEventType == null || !cloudEventType.startsWith(NAMESPACE) || !cloudEventType.endsWith(VERSION_SUFFIX)) {
            return null;
        }
        String shortName = cloudEventType.substring(NAMESPACE.length(), cloudEventType.length() - VERSION_SUFFIX.length());
        try {
            return of(shortName);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String shortName() {
        return aggregateType + "." + name;
    }

    public String cloudEventType() {
        return NAMESPACE + shortName() + VERSION_SUFFIX;
    }

    @Override
    public String toString() {
        return shortName();
    }
}
