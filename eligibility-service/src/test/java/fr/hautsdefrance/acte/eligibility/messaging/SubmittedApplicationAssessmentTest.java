package fr.hautsdefrance.acte.eligibility.messaging;

import fr.hautsdefrance.acte.eligibility.domain.Assessment;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class SubmittedApplicationAssessmentTest {

    @Test
    void a_submitted_application_is_assessed_once_and_the_result_published_even_when_the_event_is_redelivered() {
        UUID applicationId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 3; delivery++) {
            TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                    eventId, "fr.hautsdefrance.acte.application.submitted.v1", submitted(applicationId, "30000.00"));
        }

        List<ConsumerRecord<String, String>> published = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.eligibility.v1", r -> applicationId.toString().equals(r.key()), 1, Duration.ofSeconds(30));

        assertThat(published).hasSize(1);
        ConsumerRecord<String, String> record = published.get(0);
        assertThat(TopicReader.header(record, "ce_type")).isEqualTo("fr.hautsdefrance.acte.eligibility.assessed.v1");
        assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/acte/eligibility-service");
        assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(record.value()).contains("\"eligible\":true").contains("\"maxGrant\":36000.00");
        long stored = QuarkusTransaction.requiringNew()
                .call(() -> Assessment.count("applicationId", applicationId));
        assertThat(stored).isEqualTo(1);

        Assessment assessment = QuarkusTransaction.requiringNew()
                .call(() -> Assessment.<Assessment>find("applicationId", applicationId).firstResult());
        given().auth().oauth2(Tokens.officer("officer-1"))
                .get("/api/v1/eligibility/assessments/{id}", assessment.id)
                .then().statusCode(200)
                .body("applicationId", equalTo(applicationId.toString()))
                .body("eligible", equalTo(true))
                .body("checks[0].code", equalTo("APPLICANT_TYPE"))
                .body("checks.code", org.hamcrest.Matchers.hasItems("AMOUNT_RANGE", "RATE_CAP", "PROJECT_SIZE"));
    }

    @Test
    void a_file_is_assessed_with_its_calls_rule_set_not_the_one_in_force_today() {
        UUID applicationId = UUID.randomUUID();
        // 55,000 € fits acte-2026.1 (in force today, ceiling 60,000 €) but not the call's acte-2025.1 (50,000 €).
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.submitted.v1",
                submitted(applicationId, "55000.00").replace("\"expenses\":[{\"category\":\"OPERATING\",\"label\":\"Coordination\",\"amount\":60000.00}]",
                        "\"expenses\":[{\"category\":\"OPERATING\",\"label\":\"Coordination\",\"amount\":100000.00}]")
                        .replace("\"reference\"", "\"call\":{\"id\":\"%s\",\"ruleSetVersion\":\"acte-2025.1\"},\"reference\""
                                .formatted(UUID.randomUUID())));

        List<ConsumerRecord<String, String>> published = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.eligibility.v1", r -> applicationId.toString().equals(r.key()), 1, Duration.ofSeconds(30));

        assertThat(published).hasSize(1);
        assertThat(published.get(0).value()).contains("\"ruleSet\":\"acte-2025.1\"").contains("\"eligible\":false")
                .contains("\"maxGrant\":50000.00");
    }

    @Test
    void a_file_whose_territory_the_officer_corrects_is_assessed_again_and_its_rate_follows() {
        UUID applicationId = UUID.randomUUID();
        // Lens is a large urban centre (level 1 of the density grid), not a priority neighbourhood here: 50 %.
        String submitted = submitted(applicationId, "30000.00").replace("\"qpv\":true", "\"qpv\":false");
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.submitted.v1", submitted);
        TopicReader.read(TopicWriter.bootstrapServers(), "acte.eligibility.v1",
                r -> applicationId.toString().equals(r.key()), 1, Duration.ofSeconds(30));

        // The officer qualifies the file as in the QPV Lens Nord (a reason is kept in application-service).
        String corrected = submitted.replace("\"qpv\":false", "\"qpv\":true,\"qpvCode\":\"QN06201I\",\"qpvName\":\"Lens Nord\"")
                .replace("\"requestedAmount\"", "\"reason\":\"Adresse dans le quartier prioritaire\",\"correctedBy\":\"Camille Agent\","
                        + "\"correctedAt\":\"2026-11-23T10:00:00Z\",\"requestedAmount\"");
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.qualification-corrected.v1", corrected);

        List<ConsumerRecord<String, String>> published = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.eligibility.v1", r -> applicationId.toString().equals(r.key()), 2, Duration.ofSeconds(30));
        assertThat(published).hasSize(2);
        assertThat(published.get(0).value()).containsPattern("\"rate\":0\\.50?[,}]").contains("\"maxGrant\":30000.00")
                .contains("\"densityLevel\":1").contains("\"rural\":false");
        assertThat(published.get(1).value()).containsPattern("\"rate\":0\\.60?[,}]").contains("\"maxGrant\":36000.00")
                .contains("\"qpv\":true");
    }

    @Test
    void an_event_naming_a_rule_set_this_service_does_not_know_goes_to_the_dead_letter_topic() {
        UUID applicationId = UUID.randomUUID();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.submitted.v1",
                submitted(applicationId, "30000.00").replace("\"reference\"",
                        "\"call\":{\"id\":\"%s\",\"ruleSetVersion\":\"acte-1999\"},\"reference\"".formatted(UUID.randomUUID())));

        List<ConsumerRecord<String, String>> deadLetters = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.eligibility-service.dlq", r -> applicationId.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(1);
        assertThat(TopicReader.header(deadLetters.get(0), "dead-letter-reason")).contains("acte-1999");
    }

    @Test
    void a_malformed_event_goes_to_the_dead_letter_topic_and_the_next_event_is_still_assessed() {
        String poisonKey = UUID.randomUUID().toString();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", poisonKey,
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.submitted.v1", "{not json");
        UUID next = UUID.randomUUID();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", next.toString(),
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.submitted.v1", submitted(next, "20000.00"));

        List<ConsumerRecord<String, String>> deadLetters = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.eligibility-service.dlq", r -> poisonKey.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(deadLetters).hasSize(1);
        assertThat(TopicReader.header(deadLetters.get(0), "dead-letter-reason")).contains("not JSON");
        assertThat(TopicReader.header(deadLetters.get(0), "dead-letter-topic")).isEqualTo("acte.application.v1");

        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Assessment.count("applicationId", next)) == 1);
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void reading_a_stored_assessment_is_for_regional_staff_only() {
        given().get("/api/v1/eligibility/assessments/{id}", UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.applicant("applicant-1"))
                .get("/api/v1/eligibility/assessments/{id}", UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(Tokens.officer("officer-1"))
                .get("/api/v1/eligibility/assessments/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    static String submitted(UUID applicationId, String requestedAmount) {
        return """
                {"applicationId":"%s","reference":"ACTE-2026-000001","title":"Jardins partagés",
                 "submittedBy":"applicant-1","submittedAt":"2026-11-22T10:00:00Z",
                 "applicant":{"type":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"123456782","memberSirens":[],"deMinimisReceived":0},
                 "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,
                            "partners":[{"name":"Mairie","category":"PUBLIC_AUTHORITY"},{"name":"Habitants","category":"INHABITANTS"}]},
                 "expenses":[{"category":"OPERATING","label":"Coordination","amount":60000.00}],
                 "requestedAmount":%s}
                """.formatted(applicationId, requestedAmount);
    }
}
