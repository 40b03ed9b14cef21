package fr.hautsdefrance.acte.manifests;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one service's {@code src/main/resources/application.properties} says a deployment must
 * match: its port, shutdown timeout, the topics it consumes (and in which group), the environment
 * variables it reads in production.
 */
record ServiceSettings(String name, Map<String, String> properties) {

    /** ${NAME} or ${NAME:default}: upper-case names are environment variables, lower-case ones other properties. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    static ServiceSettings of(String service) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Repository.read(service + "/src/main/resources/application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(key -> map.put(key, properties.getProperty(key)));
        return new ServiceSettings(service, map);
    }

    static List<ServiceSettings> all() {
        return Repository.SERVICES.stream().map(ServiceSettings::of).toList();
    }

    /** The value in production: the %prod. entry wins over the unprofiled one. */
    String prod(String key) {
        return properties.getOrDefault("%prod." + key, properties.get(key));
    }

    int httpPort() {
        return Integer.parseInt(prod("quarkus.http.port"));
    }

    Duration shutdownTimeout() {
        String value = prod("quarkus.shutdown.timeout");
        if (value == null) {
            return Duration.ZERO;
        }
        return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse("PT" + value.toUpperCase());
    }

    /** Size in bytes of quarkus.http.limits.max-body-size (Quarkus' default is 10240K). */
    long maxBodySize() {
        return MemorySize.parse(properties.getOrDefault("quarkus.http.limits.max-body-size", "10240K"));
    }

    /** Incoming channels of the smallrye-kafka connector: the topics the service consumes. */
    Set<Consumption> consumptions() {
        Set<Consumption> consumptions = new LinkedHashSet<>();
        Pattern channel = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");
        for (String key : properties.keySet()) {
            Matcher matcher = channel.matcher(key);
            if (matcher.matches() && "smallrye-kafka".equals(properties.get(key))) {
                String prefix = "mp.messaging.incoming." + matcher.group(1) + ".";
                String topic = properties.getOrDefault(prefix + "topic", matcher.group(1));
                String group = properties.getOrDefault(prefix + "group.id", prod("quarkus.application.name"));
                String deadLetters = "dead-letter-queue".equals(properties.get(prefix + "failure-strategy"))
                        ? properties.getOrDefault(prefix + "dead-letter-queue.topic", "dead-letter-topic-" + topic)
                        : null;
                consumptions.add(new Consumption(topic, group, deadLetters));
            }
        }
        return consumptions;
    }

    /** Environment variables the service reads in production, with or without a default. */
    Set<String> environmentVariables() {
        Set<String> names = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (inProduction(key)) {
                Matcher matcher = VARIABLE.matcher(value);
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
        });
        return names;
    }

    /**
     * Variables production cannot do without: referenced with no default, or whose default is a
     * local value (a client secret or an account) that must never serve in production.
     */
    Set<String> requiredEnvironmentVariables() {
        Set<String> names = new TreeSet<>();
        properties.forEach((key, value) -> {
            if (inProduction(key) && !overriddenInProduction(key)) {
                Matcher matcher = VARIABLE.matcher(value);
                while (matcher.find()) {
                    boolean noDefault = matcher.group(2) == null;
                    boolean placeholderDefault = key.contains("secret") || key.contains("password") || key.contains("iban");
                    if (noDefault || placeholderDefault) {
                        names.add(matcher.group(1));
                    }
                }
            }
        });
        return names;
    }

    private boolean overriddenInProduction(String key) {
        return !key.startsWith("%") && properties.containsKey("%prod." + key);
    }

    private static boolean inProduction(String key) {
        return !key.startsWith("%") || key.startsWith("%prod.");
    }

    record Consumption(String topic, String group, String deadLetterTopic) {
    }

    /** Quarkus' MemorySize notation: 11M, 10240K, 1G or plain bytes. */
    static final class MemorySize {
        private MemorySize() {
        }

        static long parse(String value) {
            String v = value.trim().toUpperCase();
            char unit = v.charAt(v.length() - 1);
            long factor = switch (unit) {
                case 'K' -> 1024L;
                case 'M' -> 1024L * 1024;
                case 'G' -> 1024L * 1024 * 1024;
                default -> 1;
            };
            String digits = Character.isDigit(unit) ? v : v.substring(0, v.length() - 1);
            return Long.parseLong(digits) * factor;
        }
    }
}
