package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.RenderedPdf;
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
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static fr.hautsdefrance.acte.application.rest.ApplicationJourneyTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** A refusal is a decision like any other: reasoned, notified by a letter that says how to contest it. */
@QuarkusTest
class RefusalTest {

    private static final String FAILED_CHECK = "Le montant demandé (45 000,00 €) dépasse 50 % de l'assiette éligible.";

    @Test
    void a_file_the_rules_refuse_is_declared_inadmissible_and_its_applicant_downloads_the_refusal_letter()
            throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.assessedByTheRules(owner, id, FAILED_CHECK);
        applicant(owner).get("/api/v1/applications/{id}/refusal-letter", id).then().statusCode(409);

        officer().contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        officer().contentType(ContentType.JSON)
                .body("{\"reason\":\"Le montant demandé dépasse le taux d'aide du dispositif.\"}")
                .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decision.deliberationNumber", nullValue())
                .body("decision.rejectionReason", equalTo("Le montant demandé dépasse le taux d'aide du dispositif."));

        byte[] letterPdf = applicant(owner).get("/api/v1/applications/{id}/refusal-letter", id).then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        RenderedPdf.assertShows("lettre-refus", letterPdf, "Notification de refus", "irrecevable",
                "tribunal administratif de Lille");
        String letter = text(letterPdf);
        assertThat(letter).contains("Notification de refus", "déclarée irrecevable",
                "Le montant demandé dépasse le taux d'aide du dispositif.", "dépasse 50 % de l'assiette éligible",
                "recours gracieux", "tribunal administratif de Lille", "Télérecours citoyens");
        List<ConsumerRecord<String, String>> events = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key())
                        && TopicReader.header(r, "ce_type").contains(".declared-inadmissible."), 1, Duration.ofSeconds(30));
        assertThat(events.get(0).value()).contains("\"failedConditions\":[\"" + FAILED_CHECK + "\"]",
                "tribunal administratif de Lille");
        officer().post("/api/v1/applications/{id}/review", id).then().statusCode(409);
    }

    @Test
    void an_unfavourable_opinion_gives_a_reason_and_no_amount_and_the_committees_refusal_letter_quotes_the_deliberation()
            throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.assessedByTheRules(owner, id, FAILED_CHECK);
        officer().post("/api/v1/applications/{id}/review", id).then().statusCode(200);

        officer().contentType(ContentType.JSON).body(assessment("FAVOURABLE", "30000.00"))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(422)
                .body("errors.field", hasItem("eligibility"));
        officer().contentType(ContentType.JSON).body(assessment("UNFAVOURABLE", "30000.00"))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(422)
                .body("errors.field", hasItem("proposedAmount"));
        officer().contentType(ContentType.JSON).body(assessment("UNFAVOURABLE", null))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200)
                .body("status", equalTo("ASSESSED"))
                .body("instruction.opinion", equalTo("UNFAVOURABLE"))
                .body("instruction.proposedAmount", nullValue());

        String session = Fixtures.heldSession("100000.00");
        String deliberation = Fixtures.deliberationNumber();
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}"""
                .formatted(id, deliberation)).post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(422);
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"REJECTED","reason":"Projet hors du dispositif.",
                 "deliberationNumber":"%s"}""".formatted(id, deliberation))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);

        String letter = text(applicant(owner).get("/api/v1/applications/{id}/refusal-letter", id).then()
                .statusCode(200).extract().asByteArray());
        assertThat(letter).contains("délibération n° " + deliberation, "Projet hors du dispositif.", "Télérecours");
        List<ConsumerRecord<String, String>> assessed = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".assessed."),
                1, Duration.ofSeconds(30));
        assertThat(assessed.get(0).value()).contains("\"opinion\":\"UNFAVOURABLE\"", "\"proposedAmount\":0.00");
    }

    private static String assessment(String opinion, String amount) {
        return """
                {"cooperation":1,"localAnchoring":1,"inhabitantsInvolvement":1,"nonRelocatableActivity":1,
                 "swarmingPotential":0,"opinion":"%s",%s"justification":"Le projet ne relève pas du dispositif."}"""
                .formatted(opinion, amount == null ? "" : "\"proposedAmount\":" + amount + ",");
    }

    private static RequestSpecification officer() {
        return as("officer-1", "officer");
    }

    private static RequestSpecification manager() {
        return as("manager-1", "officer", "manager");
    }
}
