package fr.hautsdefrance.acte.testing;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * In a service's tests, its spans are kept in memory: with a span exporter bean, Quarkus installs no
 * OTLP exporter, so the tests neither need a collector nor warn that none answers. Traces are still
 * made and carried through the outbox and Kafka, as in production.
 */
@Singleton
public class InMemorySpans {

    @Produces
    @Singleton
    InMemorySpanExporter exporter() {
        return InMemorySpanExporter.create();
    }
}
