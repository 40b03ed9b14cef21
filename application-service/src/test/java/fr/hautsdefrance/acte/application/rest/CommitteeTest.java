package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CommitteeTest {

    @Test
    void a_refusal_needs_a_reason_and_tells_the_applicant_how_to_appeal() {
        String owner = "owner-" + UUID.randomUUID();
        String id = assessed(owner);
        String session = session();
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);

        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"REJECTED","deliberationNumber":"CP-2026-12-200"}""".formatted(id))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"REJECTED","reason":"Enveloppe épuisée pour ce territoire.",
                 "deliberationNumber":"CP-2026-12-200"}""".formatted(id))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("decision.rejectionReason", equalTo("Enveloppe épuisée pour ce territoire."));
        applicant(owner).post("/api/v1/applications/{id}/agreement/acceptance", id).then().statusCode(409);
        List<ConsumerRecord<String, String>> rejected = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".rejected."),
                1, Duration.ofSeconds(30));
        assertThat(rejected).hasSize(1);
        assertThat(rejected.get(0).value()).contains("tribunal administratif de Lille", "Enveloppe épuisée");
    }

    @Test
    void the_committee_votes_only_on_its_agenda_and_within_the_files_maximum() {
        String owner = "owner-" + UUID.randomUUID();
        String id = assessed(owner);
        String session = session();
        String otherSession = session();

        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"CP-1"}""".formatted(id))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/not-on-agenda"));
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", otherSession).then().statusCode(409);
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":36000.01,"deliberationNumber":"CP-1"}""".formatted(id))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(422)
                .body("detail", containsString("36000.00"));
        manager().get("/api/v1/committee-sessions/{s}", session).then()
                .body("files[0].status", equalTo("IN_COMMITTEE")).body("remaining", equalTo(70000.00f));
    }

    @Test
    void an_ineligible_file_cannot_be_proposed_to_the_committee() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        eligibility(id, false);
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);

        as("officer-1", "officer").contentType(ContentType.JSON).body(assessment("30000.00"))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(422)
                .body("errors[0].field", equalTo("eligibility"));
    }

    private static String assessed(String owner) {
        String id = Fixtures.submitted(owner);
        eligibility(id, true);
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as("officer-1", "officer").contentType(ContentType.JSON).body(assessment("36000.01"))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(422);
        as("officer-1", "officer").contentType(ContentType.JSON).body(assessment("30000.00"))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200);
        return id;
    }

    private static void eligibility(String id, boolean eligible) {
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.eligibility.v1", id, UUID.randomUUID().toString(),
                "fr.hautsdefrance.acte.eligibility.assessed.v1", """
                        {"assessmentId":"%s","applicationId":"%s","ruleSet":"acte-2026.1","eligible":%s,
                         "eligibleBase":60000.00,"rate":0.6,"maxGrant":36000.00,"requestedAmount":30000.00,
                         "checks":[],"assessedAt":"2026-11-22T10:00:00Z"}""".formatted(UUID.randomUUID(), id, eligible));
        await().atMost(Duration.ofSeconds(30)).until(() -> as("officer-1", "officer")
                .get("/api/v1/applications/{id}", id).then().extract().path("eligibility"), notNullValue());
    }

    private static String assessment(String amount) {
        return """
                {"cooperation":2,"localAnchoring":2,"inhabitantsInvolvement":2,"nonRelocatableActivity":2,
                 "swarmingPotential":2,"proposedAmount":%s,"justification":"Proposition motivée."}""".formatted(amount);
    }

    private static String session() {
        return manager().contentType(ContentType.JSON)
                .body("{\"title\":\"Séance\",\"date\":\"2026-12-10\",\"envelope\":100000.00}")
                .post("/api/v1/committee-sessions").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.specification.RequestSpecification manager() {
        return as("manager-1", "officer", "manager");
    }
}
