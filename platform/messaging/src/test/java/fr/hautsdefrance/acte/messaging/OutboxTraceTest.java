package fr.hautsdefrance.acte.messaging;

import fr.hautsdefrance.acte.testing.KafkaTestResource;
import fr.hautsdefrance.acte.testing.PostgresTestResource;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A trace crosses Kafka: the outbox keeps it with the event, the relay sends it, a consumer continues it. */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
class OutboxTraceTest {

    @Inject
    Outbox outbox;

    @Inject
    Tracer tracer;

    @Inject
    TraceContext traces;

    @Test
    void an_event_written_inside_a_trace_is_published_with_that_trace_as_its_traceparent() {
        String file = UUID.randomUUID().toString();
        Span submission = tracer.spanBuilder("submission").startSpan();
        try (Scope scope = submission.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventType.of("application.submitted"), file,
                    Map.of("reference", "ACTE-2026-000001")));
        } finally {
            submission.end();
        }

        List<ConsumerRecord<String, String>> published = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", record -> file.equals(record.key()), 1, Duration.ofSeconds(30));

        String traceId = submission.getSpanContext().getTraceId();
        assertThat(published).singleElement().satisfies(record -> {
            assertThat(TopicReader.header(record, "ce_traceparent")).startsWith("00-" + traceId + "-");
            assertThat(TopicReader.header(record, "traceparent")).isEqualTo(TopicReader.header(record, "ce_traceparent"));
        });
    }

    @Test
    void an_event_written_outside_any_trace_carries_none() {
        String file = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> outbox.publish(EventType.of("application.submitted"), file,
                Map.of("reference", "ACTE-2026-000002")));

        List<ConsumerRecord<String, String>> published = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", record -> file.equals(record.key()), 1, Duration.ofSeconds(30));

        assertThat(published).singleElement()
                .satisfies(record -> assertThat(TopicReader.header(record, "ce_traceparent")).isNull());
    }

    @Test
    void a_consumer_applies_an_event_in_a_span_of_the_trace_the_event_carries() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        ConsumerRecord<String, String> record = new ConsumerRecord<>("acte.application.v1", 0, 0, "key", "{}");
        record.headers().add(new RecordHeader("ce_id", "event-1".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_traceparent",
                ("00-" + traceId + "-00f067aa0ba902b7-01").getBytes(StandardCharsets.UTF_8)));
        AtomicReference<String> seen = new AtomicReference<>();

        traces.consume("application-events", record, () -> seen.set(traces.currentTraceParent()));

        assertThat(seen.get()).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
    }
}
