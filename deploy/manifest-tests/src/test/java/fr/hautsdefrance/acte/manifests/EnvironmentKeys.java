package fr.hautsdefrance.acte.manifests;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a service reads an environment variable a deployment sets: a variable its
 * application.properties references, a Kafka client setting (Quarkus passes every KAFKA_* variable
 * to the Kafka clients as the property of the same name), or a standard QUARKUS_* name of a
 * property the service uses. A variable nothing reads is a typo or a leftover, and is refused.
 */
final class EnvironmentKeys {

    /** Kafka client properties the deployments set through KAFKA_* variables. */
    static final Set<String> KAFKA_CLIENT_PROPERTIES = Set.of("bootstrap.servers", "security.protocol",
            "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.type", "ssl.truststore.location",
            "ssl.truststore.password", "ssl.endpoint.identification.algorithm");

    /** Standard Quarkus properties a deployment may set beyond those in application.properties. */
    static final Set<String> QUARKUS_PROPERTIES = Set.of("quarkus.http.port",
            "quarkus.http.proxy.proxy-address-forwarding", "quarkus.http.proxy.allow-x-forwarded",
            "quarkus.http.proxy.enable-forwarded-host", "quarkus.http.proxy.enable-forwarded-prefix",
            "quarkus.log.level", "quarkus.log.console.json",
            // quarkus-opentelemetry's OTLP exporter (k8s/components/opentelemetry).
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.protocol");

    private EnvironmentKeys() {
    }

    static boolean isRead(ServiceSettings service, String variable) {
        if (service.environmentVariables().contains(variable)) {
            return true;
        }
        if (variable.startsWith("KAFKA_")) {
            return KAFKA_CLIENT_PROPERTIES.contains(kafkaProperty(variable));
        }
        if (variable.startsWith("QUARKUS_")) {
            return QUARKUS_PROPERTIES.stream().anyMatch(p -> environmentName(p).equals(variable))
                    || service.properties().keySet().stream().anyMatch(p -> environmentName(p).equals(variable));
        }
        return false;
    }

    static Set<String> unread(ServiceSettings service, Set<String> variables) {
        Set<String> unread = new TreeSet<>();
        variables.stream().filter(v -> !isRead(service, v)).forEach(unread::add);
        return unread;
    }

    /** KAFKA_SASL_JAAS_CONFIG → sasl.jaas.config, as Quarkus' Kafka extension maps it. */
    static String kafkaProperty(String variable) {
        return variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** MicroProfile Config's environment name of a property: non-alphanumerics to _, upper case. */
    static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
