package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class ApplicationSubmissionTest {

    static final String COMPLETE_DRAFT = """
            {"title":"Jardins partagés du Bassin minier",
             "applicant":{"type":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"123456782"},
             "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,
                        "partners":[{"name":"Mairie de Lens","category":"PUBLIC_AUTHORITY"},
                                    {"name":"Collectif d'habitants","category":"INHABITANTS"}]},
             "expenses":[{"category":"OPERATING","label":"Coordination","amount":40000.00},
                         {"category":"EXTERNAL_SERVICES","label":"Animation","amount":20000.00}],
             "requestedAmount":30000.00}
            """;

    static String createDraft(String subject, String body) {
        return given().auth().oauth2(Tokens.applicant(subject)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/applications")
                .then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("reference", matchesPattern("ACTE-\\d{4}-\\d{6}"))
                .extract().path("id");
    }

    @Test
    void submitting_a_complete_draft_publishes_exactly_one_submitted_event_carrying_the_rules_input() {
        String id = createDraft("applicant-a", COMPLETE_DRAFT);

        given().auth().oauth2(Tokens.applicant("applicant-a"))
                .post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        List<ConsumerRecord<String, String>> events = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key()), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(TopicReader.header(events.get(0), "ce_type")).isEqualTo("fr.hautsdefrance.acte.application.submitted.v1");
        assertThat(TopicReader.header(events.get(0), "ce_subject")).isEqualTo("application/" + id);
        assertThat(events.get(0).value()).contains("\"submittedBy\":\"applicant-a\"")
                .contains("\"requestedAmount\":30000.00").contains("\"amount\":40000.00");
    }

    @Test
    void a_file_cannot_be_submitted_twice() {
        String id = createDraft("applicant-b", COMPLETE_DRAFT);
        given().auth().oauth2(Tokens.applicant("applicant-b")).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200);

        given().auth().oauth2(Tokens.applicant("applicant-b")).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/illegal-transition"));
    }

    @Test
    void an_incomplete_draft_is_refused_with_each_missing_field_named() {
        String id = createDraft("applicant-c", "{\"title\":\"Projet en cours\"}");

        given().auth().oauth2(Tokens.applicant("applicant-c")).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("applicant.type", "project.stage", "expenses", "requestedAmount"));
    }

    @Test
    void another_applicants_file_is_answered_as_not_found_and_anonymous_callers_are_refused() {
        String id = createDraft("applicant-d", COMPLETE_DRAFT);

        given().auth().oauth2(Tokens.applicant("intruder")).get("/api/v1/applications/{id}", id)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.applicant("intruder")).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(404);
        given().get("/api/v1/applications/{id}", id).then().statusCode(401);
        given().auth().oauth2(Tokens.officer("officer-1")).get("/api/v1/applications/{id}", id)
                .then().statusCode(200).body("reference", matchesPattern("ACTE-\\d{4}-\\d{6}"));
    }

    @Test
    void bad_input_is_answered_with_a_problem_naming_the_field() {
        given().auth().oauth2(Tokens.applicant("applicant-e")).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"requestedAmount\":-5}")
                .post("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("requestedAmount"));
        given().auth().oauth2(Tokens.applicant("applicant-e")).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"project\":{\"stage\":\"LAUNCH\"}}")
                .post("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("project.stage"));
        given().auth().oauth2(Tokens.applicant("applicant-e")).contentType(ContentType.JSON)
                .body("{\"title\":")
                .post("/api/v1/applications")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.applicant("applicant-e")).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"unknown\":1}")
                .post("/api/v1/applications")
                .then().statusCode(400).body("errors[0].field", equalTo("unknown"));
    }

    @Test
    void the_eligibility_result_is_recorded_on_the_file_once() {
        String id = createDraft("applicant-f", COMPLETE_DRAFT);
        String assessmentId = UUID.randomUUID().toString();
        String event = """
                {"assessmentId":"%s","applicationId":"%s","ruleSet":"acte-2026.1","eligible":true,
                 "eligibleBase":60000.00,"rate":0.5,"maxGrant":30000.00,"requestedAmount":30000.00,
                 "checks":[],"assessedAt":"2026-11-22T10:00:00Z"}
                """.formatted(assessmentId, id);
        String eventId = UUID.randomUUID().toString();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.eligibility.v1", id, eventId,
                "fr.hautsdefrance.acte.eligibility.assessed.v1", event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.applicant("applicant-f"))
                .get("/api/v1/applications/{id}", id)
                .then().statusCode(200)
                .body("eligibility.assessmentId", equalTo(assessmentId))
                .body("eligibility.eligible", equalTo(true))
                .body("eligibility.maxGrant", equalTo(30000.00f)));
    }
}
