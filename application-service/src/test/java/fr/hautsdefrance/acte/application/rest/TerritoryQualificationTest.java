package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * The 60 % rate follows the territory: rural is read from INSEE's density grid by eligibility-service,
 * never declared; the priority neighbourhood is named by the applicant; the officer confirms or
 * corrects either with a reason, kept in the history, and the file is assessed again.
 */
@QuarkusTest
class TerritoryQualificationTest {

    private final String officer = UUID.randomUUID().toString();

    @Test
    void the_applicant_names_a_priority_neighbourhood_and_cannot_declare_the_file_rural() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        String id = applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("\"rural\":false,\"qpv\":true",
                        "\"rural\":true,\"qpv\":true,\"qpvCode\":\"QN06201I\",\"qpvName\":\"Lens Nord\""))
                .post("/api/v1/applications").then().statusCode(201)
                .body("project.rural", equalTo(false))
                .body("project.qpv", equalTo(true))
                .body("project.territory.qpvCode", equalTo("QN06201I"))
                .body("project.territory.qpvName", equalTo("Lens Nord"))
                .extract().path("id");

        applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("\"qpv\":true", "\"qpv\":true,\"qpvCode\":\"62498\""))
                .put("/api/v1/applications/{id}", id).then().statusCode(400)
                .body("errors.field", hasItem("project.qpvCode"));
    }

    @Test
    void the_officer_confirms_or_corrects_the_territory_with_a_reason_and_the_file_is_assessed_again() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.assessedByTheRules(owner, id, null);

        officer().contentType(ContentType.JSON).body("{\"rural\":true,\"qpv\":false,\"reason\":\"\"}")
                .put("/api/v1/applications/{id}/qualification", id).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        applicant(owner).contentType(ContentType.JSON).body("{\"rural\":true,\"qpv\":false,\"reason\":\"Je le dis\"}")
                .put("/api/v1/applications/{id}/qualification", id).then().statusCode(403);

        officer().contentType(ContentType.JSON).body("""
                {"rural":true,"qpv":false,"reason":"Le projet se déroule sur le site rural de la commune associée."}""")
                .put("/api/v1/applications/{id}/qualification", id).then().statusCode(200)
                .body("project.qpv", equalTo(false))
                .body("project.territory.ruralCorrection", equalTo(true))
                .body("project.territory.qpvCode", nullValue())
                .body("project.territory.qualifiedByName", equalTo("Inès Moreau"))
                .body("project.territory.qualificationReason",
                        equalTo("Le projet se déroule sur le site rural de la commune associée."));

        List<ConsumerRecord<String, String>> events = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key())
                        && TopicReader.header(r, "ce_type").contains(".qualification-corrected."), 1, Duration.ofSeconds(30));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).value()).contains("\"ruralCorrection\":true", "\"qpv\":false",
                "\"reason\":\"Le projet se déroule sur le site rural de la commune associée.\"",
                "\"correctedBy\":\"Inès Moreau\"", "\"requestedAmount\":30000.00");

        // eligibility-service answers with the rate that follows
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.eligibility.v1", id, UUID.randomUUID().toString(),
                "fr.hautsdefrance.acte.eligibility.assessed.v1", """
                        {"assessmentId":"%s","applicationId":"%s","ruleSet":"acte-2026.1","eligible":true,
                         "eligibleBase":60000.00,"rate":0.60,"maxGrant":36000.00,"requestedAmount":30000.00,
                         "checks":[],"assessedAt":"2099-01-01T10:00:00Z",
                         "territory":{"rural":true,"ruralCorrected":true,"qpv":false,"densityLevel":1,
                                      "densityLabel":"Grands centres urbains"}}""".formatted(UUID.randomUUID(), id));
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.TRUE.equals(officer()
                .get("/api/v1/applications/{id}", id).then().extract().path("project.rural")));
        officer().get("/api/v1/applications/{id}", id).then().statusCode(200)
                .body("eligibility.maxGrant", equalTo(36000.00f))
                .body("project.territory.densityLevel", equalTo(1))
                .body("project.territory.densityLabel", equalTo("Grands centres urbains"));

        officer().get("/api/v1/applications/{id}/history", id).then().statusCode(200)
                .body("action", hasItem("QUALIFICATION_CORRECTED"));
        applicant(owner).get("/api/v1/applications/{id}/history", id).then().statusCode(200)
                .body("action", hasItem("QUALIFICATION_CORRECTED"));
    }

    @Test
    void a_decided_file_keeps_its_qualification() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.assessedByTheRules(owner, id, "Le montant demandé dépasse le plafond.");
        officer().contentType(ContentType.JSON).body("{\"reason\":\"Montant hors plafond.\"}")
                .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(200);

        officer().contentType(ContentType.JSON).body("{\"rural\":true,\"qpv\":false,\"reason\":\"Trop tard\"}")
                .put("/api/v1/applications/{id}/qualification", id).then().statusCode(422)
                .body("errors.field", hasItem("qualification"));
    }

    private RequestSpecification officer() {
        return given().auth().oauth2(Tokens.named(officer, "Inès Moreau", "ines.moreau@region.example", "officer"));
    }
}
