package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.RenderedPdf;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import fr.hautsdefrance.acte.web.AdjustableClock;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class CommitteeTest {

    @Inject
    AdjustableClock time;

    @AfterEach
    void backToTheRealTime() {
        time.reset();
    }

    @Test
    void a_session_is_held_on_its_day_in_hauts_de_france_even_before_that_day_has_begun_in_utc() {
        // 23:30 UTC: already the next day in Paris (00:30 in winter, 01:30 in summer).
        Instant now = Instant.now();
        Instant lateInUtc = now.atOffset(ZoneOffset.UTC).toLocalDate().atTime(23, 30).toInstant(ZoneOffset.UTC);
        if (lateInUtc.isBefore(now.plusSeconds(60))) {
            lateInUtc = lateInUtc.plus(Duration.ofDays(1));
        }
        time.advance(Duration.between(now, lateInUtc));
        LocalDate dayInParis = lateInUtc.atZone(ZoneId.of("Europe/Paris")).toLocalDate();
        String session = manager().contentType(ContentType.JSON)
                .body("{\"title\":\"Séance de minuit\",\"date\":\"" + dayInParis + "\",\"envelope\":100000.00}")
                .post("/api/v1/committee-sessions").then().statusCode(201).extract().path("id");

        manager().post("/api/v1/committee-sessions/{s}/holding", session).then().statusCode(200)
                .body("status", equalTo("HELD"));
    }

    @Test
    void a_refusal_needs_a_reason_and_tells_the_applicant_how_to_appeal() {
        String owner = "owner-" + UUID.randomUUID();
        String id = assessed(owner);
        String session = session();
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);

        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"REJECTED","deliberationNumber":"%s"}""".formatted(id,
                Fixtures.deliberationNumber()))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"REJECTED","reason":"Enveloppe épuisée pour ce territoire.",
                 "deliberationNumber":"%s"}""".formatted(id, Fixtures.deliberationNumber()))
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
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}""".formatted(id,
                Fixtures.deliberationNumber()))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/not-on-agenda"));
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", otherSession).then().statusCode(409);
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":36000.01,"deliberationNumber":"%s"}""".formatted(id,
                Fixtures.deliberationNumber()))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(422)
                .body("detail", containsString("36\u00a0000,00\u00a0€"));
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

    @Test
    void a_session_sits_from_its_date_and_votes_are_recorded_only_while_it_sits() {
        String id = assessed("owner-" + UUID.randomUUID());
        String tomorrow = manager().contentType(ContentType.JSON)
                .body("{\"title\":\"Séance de demain\",\"date\":\"" + Fixtures.today().plusDays(1)
                        + "\",\"envelope\":100000.00}")
                .post("/api/v1/committee-sessions").then().statusCode(201).body("status", equalTo("PREPARING"))
                .extract().path("id");
        schedule(tomorrow, id);

        manager().contentType(ContentType.JSON).body(vote(id, "30000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", tomorrow).then().statusCode(409)
                .body("type", endsWith("/session-not-held")).body("detail", containsString("pas encore tenue"));
        manager().post("/api/v1/committee-sessions/{s}/holding", tomorrow).then().statusCode(409)
                .body("type", endsWith("/session-not-yet")).body("detail", containsString("avant cette date"));
    }

    @Test
    void an_award_is_at_most_the_amount_requested_and_above_the_proposal_only_with_a_reason() {
        String owner = "owner-" + UUID.randomUUID();
        String id = assessed(owner, "25000.00");
        String session = session();
        schedule(session, id);

        manager().contentType(ContentType.JSON).body(vote(id, "31000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(422)
                .body("errors[0].field", equalTo("amount"))
                .body("detail", containsString("dépasse le montant demandé par le porteur (30\u00a0000,00\u00a0€)"));
        manager().contentType(ContentType.JSON).body(vote(id, "28000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(422)
                .body("errors[0].field", equalTo("overProposalReason"))
                .body("detail", containsString("proposition de l'instruction (25\u00a0000,00\u00a0€)"));
        manager().contentType(ContentType.JSON)
                .body(vote(id, "28000.00", ",\"overProposalReason\":\"Partenariat élargi présenté en séance.\""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200)
                .body("decision.awardedAmount", equalTo(28000.00f));
    }

    @Test
    void the_awards_of_a_session_stay_within_its_envelope_unless_a_manager_says_why() {
        String first = assessed("owner-" + UUID.randomUUID());
        String second = assessed("owner-" + UUID.randomUUID());
        String session = Fixtures.heldSession("40000.00");
        schedule(session, first);
        schedule(session, second);
        manager().contentType(ContentType.JSON).body(vote(first, "30000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);

        manager().contentType(ContentType.JSON).body(vote(second, "30000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(409)
                .body("type", endsWith("/envelope-exceeded"))
                .body("detail", containsString("30\u00a0000,00\u00a0€ déjà attribués sur 40\u00a0000,00\u00a0€, "
                        + "reste 10\u00a0000,00\u00a0€"));
        manager().contentType(ContentType.JSON)
                .body(vote(second, "30000.00", ",\"envelopeOverrideReason\":\"Redéploiement voté au budget supplémentaire.\""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);
        manager().get("/api/v1/applications/{id}/history", second).then()
                .body("action", hasItem("ENVELOPE_OVERRIDDEN"));
    }

    @Test
    void a_deliberation_number_follows_the_regions_format_and_is_unique_in_its_year() {
        String first = assessed("owner-" + UUID.randomUUID());
        String second = assessed("owner-" + UUID.randomUUID());
        String session = session();
        schedule(session, first);
        schedule(session, second);
        String number = Fixtures.deliberationNumber();

        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,
                 "deliberationNumber":"<b>CP-42</b>"}""".formatted(first))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(400)
                .body("errors[0].field", equalTo("deliberationNumber"))
                .body("detail", containsString("par exemple CP-2026-12-17-0042"));
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}"""
                .formatted(first, number))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}"""
                .formatted(second, number))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(409)
                .body("type", endsWith("/deliberation-number-taken"));
    }

    @Test
    void the_vote_checks_the_de_minimis_ceiling_with_the_amount_awarded() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        String id = applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("\"deMinimisAids\":[]", """
                        "deMinimisAids":[{"grantor":"Département du Pas-de-Calais","grantedOn":"%s","amount":280000.00,
                                          "regulation":"(UE) 2023/2831"}]""".formatted(Fixtures.today().minusYears(1))))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Fixtures.ASSOCIATION_DOCUMENTS.forEach(type -> Fixtures.upload(owner, id, type, "piece.pdf", Fixtures.PDF));
        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200);
        assessedFile(id, "30000.00");
        String session = session();
        schedule(session, id);

        manager().contentType(ContentType.JSON).body(vote(id, "30000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(409)
                .body("type", endsWith("/de-minimis-exceeded"))
                .body("detail", containsString("l'aide ne peut dépasser 20\u00a0000,00\u00a0€"));
        manager().contentType(ContentType.JSON).body(vote(id, "20000.00", ",\"overProposalReason\":null"))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);
    }

    @Test
    void closing_draws_the_minutes_sends_unvoted_files_back_and_freezes_the_session() throws Exception {
        String voted = assessed("owner-" + UUID.randomUUID());
        String waiting = assessed("owner-" + UUID.randomUUID());
        String session = session();
        schedule(session, voted);
        schedule(session, waiting);
        String number = Fixtures.deliberationNumber();
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}"""
                .formatted(voted, number))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);
        manager().get("/api/v1/committee-sessions/{s}/minutes.pdf", session).then().statusCode(409);

        manager().post("/api/v1/committee-sessions/{s}/closing", session).then().statusCode(200)
                .body("status", equalTo("CLOSED"));

        manager().get("/api/v1/applications/{id}", waiting).then().body("status", equalTo("ASSESSED"));
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + waiting + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(409)
                .body("type", endsWith("/session-closed"));
        String csv = manager().get("/api/v1/committee-sessions/{s}/minutes.csv", session).then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains("Délibération;Dossier;Bénéficiaire;Décision;Montant attribué;Taux voté",
                number + ";", ";Attribution;30000,00;50 %;");
        byte[] minutes = manager().get("/api/v1/committee-sessions/{s}/minutes.pdf", session)
                .then().statusCode(200).extract().asByteArray();
        RenderedPdf.assertShows("proces-verbal", minutes, "Procès-verbal", "Attribution", "30 000,00 €", "50 %");
        String pdf = ApplicationJourneyTest.text(minutes);
        assertThat(pdf).contains("Procès-verbal", "Les Jardins du Bassin minier", "Attribution", "30 000,00 €", "50 %");
        // A number may wrap inside its table cell.
        assertThat(pdf.replace(" ", "")).contains(number);
    }

    @Test
    void the_agreement_is_signed_by_the_region_after_the_beneficiary_and_states_the_voted_rate_and_proration() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String id = assessed(owner, "24000.00");
        String session = session();
        schedule(session, id);
        manager().contentType(ContentType.JSON).body(vote(id, "24000.00", ""))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);
        Fixtures.enforceable(session);
        as("manager-2", "officer", "manager").post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(409);
        applicant(owner).post("/api/v1/applications/{id}/agreement/acceptance", id).then().statusCode(200)
                .body("status", equalTo("AGREEMENT_ACCEPTED"));
        as("officer-2", "officer").post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(403).body("detail", containsString("délégation de signature"));

        as("manager-2", "officer", "manager").post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"));

        byte[] agreementPdf = applicant(owner).get("/api/v1/applications/{id}/agreement", id)
                .then().statusCode(200).extract().asByteArray();
        RenderedPdf.assertShows("convention", agreementPdf, "60 000,00 €", "24 000,00 €", "40 %", "19 200,00 €",
                "2023/2831", "par délégation du Président");
        String agreement = ApplicationJourneyTest.text(agreementPdf);
        assertThat(agreement).contains("Assiette éligible prévisionnelle 60 000,00 €", "Subvention attribuée 24 000,00 €",
                "40 %", "24 000,00 € multiplié par le rapport", "assiette éligible prévisionnelle de 60 000,00 €",
                "pour 48 000,00 € de dépenses éligibles réalisées acceptées, la subvention définitive serait de "
                        + "19 200,00 €", "règlement (UE) 2023/2831", "Pour la Région, par délégation du Président");
        byte[] letterPdf = applicant(owner).get("/api/v1/applications/{id}/award-letter", id)
                .then().statusCode(200).extract().asByteArray();
        RenderedPdf.assertShows("lettre-attribution", letterPdf, "Lille, le", "62300 Lens", "exécutoire");
        String letter = ApplicationJourneyTest.text(letterPdf);
        assertThat(letter).contains("Lille, le", "12 rue de la Fosse 9", "62300 Lens", "exécutoire depuis le");
        List<ConsumerRecord<String, String>> signed = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").contains(".agreement-signed."),
                1, Duration.ofSeconds(30));
        assertThat(signed.get(0).value()).contains("\"countersignerName\":\"Nom de manager-2\"");
    }

    private static String assessed(String owner) {
        return assessed(owner, "30000.00");
    }

    private static String assessed(String owner, String proposal) {
        String id = Fixtures.submitted(owner);
        assessedFile(id, proposal);
        return id;
    }

    /** The submitted file's eligibility arrives, the officer reviews it and proposes {@code proposal}. */
    private static void assessedFile(String id, String proposal) {
        eligibility(id, true);
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as("officer-1", "officer").contentType(ContentType.JSON).body(assessment("36000.01"))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(422);
        as("officer-1", "officer").contentType(ContentType.JSON).body(assessment(proposal))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200);
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
        return Fixtures.heldSession("100000.00");
    }

    private static io.restassured.specification.RequestSpecification manager() {
        return Fixtures.manager();
    }

    private static String vote(String id, String amount, String extra) {
        return """
                {"applicationId":"%s","outcome":"APPROVED","amount":%s,"deliberationNumber":"%s"%s}"""
                .formatted(id, amount, Fixtures.deliberationNumber(), extra);
    }

    private static void schedule(String session, String id) {
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
    }
}
