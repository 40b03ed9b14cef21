package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace an event carries goes on through what its consumer does: here the notice of an e-mail that
 * cannot be sent (the officer has no address yet), an event of this service's own outbox.
 */
@QuarkusTest
class TraceContinuationTest {

    @Test
    void the_event_a_consumer_emits_while_applying_an_event_carries_on_the_trace_of_that_event() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        UUID applicationId = UUID.randomUUID();
        String officer = "officer-without-address-" + UUID.randomUUID();
        String eventId = Events.newId();
        TopicWriter.send(TopicWriter.bootstrapServers(), Events.APPLICATIONS, applicationId.toString(), """
                {"file":%s,"officer":{"subject":"%s","email":null,"name":"Nouvel agent"},
                 "assignedBy":"responsable","assignedAt":"2026-11-23T08:15:00Z"}
                """.formatted(Events.file(applicationId, Events.reference(), "Ressourcerie"), officer), Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/acte/application-service",
                "ce_type", "fr.hautsdefrance.acte.application.officer-assigned.v1",
                "ce_time", OffsetDateTime.now().toString(), "content-type", "application/json",
                "ce_traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        List<ConsumerRecord<String, String>> failed = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.notification.v1", r -> r.value().contains(officer)
                        && "fr.hautsdefrance.acte.notification.failed.v1".equals(TopicReader.header(r, "ce_type")),
                1, Duration.ofSeconds(60));

        assertThat(failed).singleElement().satisfies(r -> {
            assertThat(TopicReader.header(r, "ce_traceparent")).startsWith("00-" + traceId + "-")
                    .doesNotContain("00f067aa0ba902b7");
            assertThat(TopicReader.header(r, "traceparent")).isEqualTo(TopicReader.header(r, "ce_traceparent"));
        });
    }
}
