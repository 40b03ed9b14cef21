package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** From a draft to a signed agreement, through the API, with every event published exactly once. */
@QuarkusTest
class ApplicationJourneyTest {

    @Test
    void an_applicant_and_the_region_take_a_file_from_draft_to_signed_agreement() throws IOException {
        String applicantId = "porteur-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(applicantId);

        // Autosave with the version read; a stale version is refused.
        applicant(applicantId).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(null).replace("\"organisationId\":\"null\"", "\"version\":0")
                        .replace("Ressourcerie coopérative", "La Ressourcerie coopérative"))
                .put("/api/v1/applications/{id}", id)
                .then().statusCode(200).body("title", equalTo("La Ressourcerie coopérative de Lens-Liévin"));
        applicant(applicantId).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(null).replace("\"organisationId\":\"null\"", "\"version\":0"))
                .put("/api/v1/applications/{id}", id)
                .then().statusCode(409).body("type", equalTo("https://acte.hautsdefrance.fr/problems/concurrent-change"));

        applicant(applicantId).get("/api/v1/applications/{id}/eligibility", id)
                .then().statusCode(200).body("eligible", equalTo(true));

        String reference = applicant(applicantId).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue())
                .extract().path("reference");

        byte[] receipt = applicant(applicantId).get("/api/v1/applications/{id}/receipt", id)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"accuse-de-reception-" + reference
                        + ".pdf\"; filename*=UTF-8''accuse-de-reception-" + reference + ".pdf"))
                .extract().asByteArray();
        assertThat(text(receipt)).contains("Accusé de réception", reference, "Ressourcerie", "deux mois",
                "tribunal administratif de Lille");

        // The eligibility result arrives from eligibility-service through Kafka.
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.eligibility.v1", id, UUID.randomUUID().toString(),
                "fr.hautsdefrance.acte.eligibility.assessed.v1", """
                        {"assessmentId":"%s","applicationId":"%s","ruleSet":"acte-2026.1","eligible":true,
                         "eligibleBase":60000.00,"rate":0.6,"maxGrant":36000.00,"requestedAmount":30000.00,
                         "checks":[],"assessedAt":"2026-11-22T10:00:00Z"}""".formatted(UUID.randomUUID(), id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> applicant(applicantId)
                .get("/api/v1/applications/{id}", id).then().body("eligibility.maxGrant", equalTo(36000.00f)));

        // The officer takes the file, asks for a piece; the applicant answers.
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id)
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"))
                .body("instruction.assignedOfficer", equalTo("officer-1"));
        String requestId = as("officer-1", "officer").contentType(ContentType.JSON).body("""
                {"message":"Merci de joindre la lettre d'engagement de la mairie.","items":["Lettre d'engagement"],
                 "deadline":"%s"}""".formatted(LocalDate.now().plusDays(15)))
                .post("/api/v1/applications/{id}/information-requests", id)
                .then().statusCode(200).extract().path("id");
        applicant(applicantId).get("/api/v1/applications/{id}", id).then().body("status", equalTo("INFO_REQUESTED"))
                .body("instruction", org.hamcrest.Matchers.nullValue());
        Fixtures.upload(applicantId, id, "PARTNER_LETTER", "lettre-mairie.pdf", Fixtures.PDF).statusCode(201);
        applicant(applicantId).contentType(ContentType.JSON).body("{\"answer\":\"La lettre est jointe.\"}")
                .post("/api/v1/applications/{id}/information-requests/{rid}/answer", id, requestId)
                .then().statusCode(200).body("answeredAt", notNullValue());
        applicant(applicantId).contentType(ContentType.JSON).body("{\"body\":\"Merci pour votre suivi.\"}")
                .post("/api/v1/applications/{id}/messages", id).then().statusCode(200).body("fromRegion", equalTo(false));
        as("officer-1", "officer").contentType(ContentType.JSON).body("{\"body\":\"Projet solide, partenariat réel.\"}")
                .post("/api/v1/applications/{id}/annotations", id).then().statusCode(200);
        applicant(applicantId).get("/api/v1/applications/{id}/annotations", id).then().statusCode(403);

        as("officer-1", "officer").contentType(ContentType.JSON).body("""
                {"cooperation":3,"localAnchoring":3,"inhabitantsInvolvement":2,"nonRelocatableActivity":2,
                 "swarmingPotential":1,"proposedAmount":30000.00,"justification":"Assiette éligible complète."}""")
                .post("/api/v1/applications/{id}/assessment", id)
                .then().statusCode(200).body("status", equalTo("ASSESSED")).body("instruction.scores.total", equalTo(11));

        // The committee votes.
        String session = Fixtures.heldSession("500000.00");
        String deliberation = Fixtures.deliberationNumber();
        as("officer-1", "officer").contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(403);
        as("manager-1", "officer", "manager").contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session)
                .then().statusCode(200).body("status", equalTo("IN_COMMITTEE"));
        as("manager-1", "officer", "manager").get("/api/v1/committee-sessions/{s}", session)
                .then().statusCode(200).body("proposedTotal", equalTo(30000.00f)).body("remaining", equalTo(470000.00f));
        as("manager-1", "officer", "manager").contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}"""
                .formatted(id, deliberation))
                .post("/api/v1/committee-sessions/{s}/votes", session)
                .then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("decision.deliberationNumber", equalTo(deliberation));

        // Nothing is signed or notified before the deliberation applies.
        applicant(applicantId).get("/api/v1/applications/{id}/award-letter", id).then().statusCode(409);
        applicant(applicantId).post("/api/v1/applications/{id}/agreement/acceptance", id).then().statusCode(422)
                .body("detail", containsString("exécutoire"));
        Fixtures.enforceable(session);

        byte[] agreement = applicant(applicantId).get("/api/v1/applications/{id}/agreement", id)
                .then().statusCode(200).extract().asByteArray();
        assertThat(text(agreement)).contains("Convention", deliberation, "30 000,00", "à accepter en ligne",
                "en attente de signature par la Région");
        assertThat(text(applicant(applicantId).get("/api/v1/applications/{id}/award-letter", id)
                .then().statusCode(200).extract().asByteArray())).contains("Notification d'attribution");

        applicant(applicantId).post("/api/v1/applications/{id}/agreement/acceptance", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_ACCEPTED"))
                .body("decision.agreementSignerName", equalTo("Nom de " + applicantId));
        as("manager-2", "officer", "manager").post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"));
        // The signers' long generated names may wrap anywhere in the PDF, and the text read back interleave the
        // lines: compare without the spaces, each name's start and end apart.
        String signed = text(applicant(applicantId).get("/api/v1/applications/{id}/agreement", id).then().extract()
                .asByteArray()).replace(" ", "");
        assertThat(signed).contains("conventionacceptéeenligneparNomde" + applicantId.substring(0, 12),
                applicantId.substring(applicantId.length() - 12), "PourlaRégion,pardélégationduPrésident:",
                "Nomdemanager-2");

        // Every state change is in the trail, which is intact, and on Kafka exactly once.
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history", id)
                .then().statusCode(200).body("action", hasItems("AGREEMENT_ACCEPTED", "AGREEMENT_COUNTERSIGNED"));
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(true));

        List<String> expected = List.of("submitted", "officer-assigned", "review-started", "information-requested",
                "resubmitted", "message-posted", "assessed", "scheduled-for-committee", "approved", "de-minimis-granted",
                "agreement-signed");
        List<ConsumerRecord<String, String>> events = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key()), expected.size(), Duration.ofSeconds(30));
        Map<String, Long> byType = events.stream().collect(Collectors.groupingBy(
                r -> TopicReader.header(r, "ce_type").replace("fr.hautsdefrance.acte.application.", "").replace(".v1", ""),
                Collectors.counting()));
        assertThat(byType).containsOnlyKeys(expected);
        assertThat(byType.values()).allMatch(count -> count == 1);
        assertThat(events.stream().map(r -> TopicReader.header(r, "ce_type")).toList())
                .as("published in the order of the changes")
                .containsExactly(expected.stream().map(e -> "fr.hautsdefrance.acte.application." + e + ".v1")
                        .toArray(String[]::new));
        ConsumerRecord<String, String> approved = events.stream()
                .filter(r -> TopicReader.header(r, "ce_type").contains(".approved.")).findFirst().orElseThrow();
        ConsumerRecord<String, String> deMinimis = events.stream()
                .filter(r -> TopicReader.header(r, "ce_type").contains(".de-minimis-granted.")).findFirst().orElseThrow();
        assertThat(deMinimis.value()).as("what the register of de minimis aid records").contains(
                "\"amount\":30000.00", "\"regulation\":\"(UE) 2023/2831\"", "\"grantorSiret\":\"20005376700014\"",
                "\"deliberationNumber\":\"" + deliberation + "\"");
        // The ceiling rate of the assessment (60 %) and the rate the award was voted at (30,000 € on 60,000 €).
        assertThat(approved.value()).contains("\"awardedAmount\":30000.00", "\"rate\":0.6", "\"eligibleBase\":60000.00",
                "\"plannedEligibleBase\":60000.00", "\"votedRate\":0.5",
                "\"deliberationNumber\":\"" + deliberation + "\"", "\"bankDetailsDocumentId\":\"");
        // The members' addresses are published once per change of the members (acte.organisation-contacts.v1),
        // not copied into every event of the file; the file names its organisation for that.
        assertThat(events).allSatisfy(r -> assertThat(r.value()).doesNotContain("\"contacts\"",
                applicantId + "@example.org").contains("\"organisationId\""));
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        }
    }

    static <T> Function<T, T> identity() {
        return t -> t;
    }
}
