package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractTest {

    private final EventContract contract = EventContract.load();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void every_declared_event_type_has_a_topic_and_a_payload_schema() {
        assertThat(contract.declaredTypes()).contains(
                "fr.hautsdefrance.acte.application.submitted.v1",
                "fr.hautsdefrance.acte.eligibility.assessed.v1");
        for (String type : contract.declaredTypes()) {
            EventType eventType = EventType.fromCloudEventType(type);
            assertThat(eventType).as(type).isNotNull();
            assertThat(contract.topicOf(eventType)).as(type).matches("acte\\.[a-z-]+\\.v1");
        }
    }

    @Test
    void topics_come_from_the_document() {
        assertThat(contract.topicOf(EventType.of("application.submitted"))).isEqualTo("acte.application.v1");
        assertThat(contract.topicOf(EventType.of("eligibility.assessed"))).isEqualTo("acte.eligibility.v1");
    }

    @Test
    void an_event_the_document_does_not_describe_cannot_be_emitted() {
        assertThatThrownBy(() -> contract.topicOf(EventType.of("application.teleported")))
                .isInstanceOf(UndeclaredEventException.class)
                .hasMessageContaining("fr.hautsdefrance.acte.application.teleported.v1");
    }

    @Test
    void a_payload_breaking_its_schema_is_reported_field_by_field() throws Exception {
        JsonNode valid = json.readTree("""
                {"assessmentId":"6f1c9d2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f","applicationId":"6f1c9d2e-3b7a-4c1d-9e8f-0a1b2c3d4e50",
                 "ruleSet":"acte-2026.1","eligible":true,"eligibleBase":60000.00,"rate":0.5,"maxGrant":30000.00,
                 "requestedAmount":30000.00,"checks":[{"code":"AMOUNT_RANGE","status":"PASS","message":"ok"}],
                 "assessedAt":"2026-11-22T10:00:00Z"}
                """);
        assertThat(contract.violations(EventType.of("eligibility.assessed"), valid)).isEmpty();

        JsonNode invalid = json.readTree("""
                {"assessmentId":"6f1c9d2e-3b7a-4c1d-9e8f-0a1b2c3d4e5f","ruleSet":"acte-2026.1","eligible":"yes",
                 "eligibleBase":60000.00,"rate":1.5,"maxGrant":30000.00,"requestedAmount":30000.00,
                 "checks":[{"code":"AMOUNT_RANGE","status":"MAYBE","message":"ok"}],"assessedAt":"2026-11-22T10:00:00Z"}
                """);
        assertThat(String.join("\n", contract.violations(EventType.of("eligibility.assessed"), invalid)))
                .contains("applicationId").contains("eligible").contains("rate").contains("status");
    }

    @Test
    void cloud_event_types_are_namespaced_and_versioned() {
        EventType submitted = EventType.of("application.submitted");
        assertThat(submitted.cloudEventType()).isEqualTo("fr.hautsdefrance.acte.application.submitted.v1");
        assertThat(EventType.fromCloudEventType(submitted.cloudEventType())).isEqualTo(submitted);
        assertThat(EventType.fromCloudEventType("com.example.other.v1")).isNull();
        assertThat(EventType.fromCloudEventType("fr.hautsdefrance.acte.application.submitted.v2")).isNull();
    }
}
