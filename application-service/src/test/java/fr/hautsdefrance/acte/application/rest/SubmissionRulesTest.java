package fr.hautsdefrance.acte.application.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.hautsdefrance.acte.application.EligibilityStub;
import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.client.EligibilityClient;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class SubmissionRulesTest {

    @EligibilityStub.Inject
    WireMockServer eligibility;

    @AfterEach
    void defaultAnswers() {
        EligibilityStub.reset(eligibility);
    }

    @Test
    void an_incomplete_draft_is_refused_with_each_missing_piece_named() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        String id = applicant(owner).contentType(ContentType.JSON)
                .body("{\"organisationId\":\"" + organisation + "\",\"title\":\"Projet en cours\"}")
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");

        applicant(owner).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("summary", "project.stage", "project.communeCodes", "project.partners",
                        "expenses", "requestedAmount", "funding", "documents.STATUTES", "documents.RIB"))
                .body("errors.find { it.field == 'documents.RIB' }.message",
                        equalTo("Joignez la pièce « Relevé d'identité bancaire (RIB) »."));
    }

    @Test
    void the_financing_plan_must_balance_and_show_the_region_request() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        long version = applicant(owner).get("/api/v1/applications/{id}", id).then().extract().<Integer>path("version");
        applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody("x").replace("\"organisationId\":\"x\"", "\"version\":" + version)
                        .replace("\"amount\":10000.00}", "\"amount\":5000.00}"))
                .put("/api/v1/applications/{id}", id).then().statusCode(200).body("totalFunding", equalTo(55000.00f));

        applicant(owner).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(422).body("errors.find { it.field == 'funding' }.message",
                        containsString("équilibré"));
    }

    @Test
    void a_file_failing_an_eligibility_check_is_deposited_receipted_and_flagged_for_the_officer_once_assessed()
            throws Exception {
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"eligible":false,"ruleSet":"acte-2026.1","eligibleBase":60000.00,"rate":0.5,"maxGrant":30000.00,
                         "requestedAmount":45000.00,"checks":[{"code":"RATE_CAP","status":"FAIL",
                         "message":"Le montant demandé (45 000,00 €) dépasse 50 % de l'assiette éligible."}]}""")));
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        applicant(owner).get("/api/v1/applications/{id}/eligibility", id).then().statusCode(200)
                .body("eligible", equalTo(false));

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertThat(ApplicationJourneyTest.text(applicant(owner).get("/api/v1/applications/{id}/receipt", id).then()
                .statusCode(200).extract().asByteArray())).contains("Accusé de réception", "Télérecours citoyens",
                "recours gracieux", "acte@hautsdefrance.fr");

        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.eligibility.v1", id, UUID.randomUUID().toString(),
                "fr.hautsdefrance.acte.eligibility.assessed.v1", """
                        {"assessmentId":"%s","applicationId":"%s","ruleSet":"acte-2026.1","eligible":false,
                         "eligibleBase":60000.00,"rate":0.5,"maxGrant":30000.00,"requestedAmount":45000.00,
                         "checks":[{"code":"REGION","status":"PASS","message":"En Hauts-de-France."},
                                   {"code":"RATE_CAP","status":"FAIL","message":"Le montant demandé dépasse la moitié de l'assiette."}],
                         "assessedAt":"2026-11-22T10:00:00Z"}""".formatted(UUID.randomUUID(), id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("officer-1", "officer")
                .get("/api/v1/applications/{id}", id).then()
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.failedChecks.code", contains("RATE_CAP"))
                .body("eligibility.failedChecks[0].message", containsString("dépasse la moitié")));
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history", id).then()
                .body("action", hasItem("ELIGIBILITY_ASSESSED"));
    }

    @Test
    void the_deposit_does_not_wait_on_the_rules_even_when_they_cannot_be_reached() {
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        eligibility.resetRequests();

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        eligibility.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/eligibility/assessments")));
    }

    @Test
    void the_drafts_eligibility_panel_says_when_the_rules_cannot_be_reached() {
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);

        applicant(owner).get("/api/v1/applications/{id}/eligibility", id)
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("brouillon est enregistré"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void eligibility_previews_beyond_what_the_rules_can_take_at_once_are_refused_at_once() throws Exception {
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(EligibilityStub.ELIGIBLE)
                        .withFixedDelay(2000)));
        int beyond = 5;
        Map<String, String> drafts = new LinkedHashMap<>();
        for (int i = 0; i < EligibilityClient.CONCURRENT_CALLS + beyond; i++) {
            String owner = "owner-" + UUID.randomUUID();
            drafts.put(Fixtures.completeDraft(owner), owner);
        }
        eligibility.resetRequests();

        ExecutorService applicants = Executors.newFixedThreadPool(drafts.size());
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Future<Integer>> statuses = new LinkedHashMap<>();
        try {
            drafts.forEach((id, owner) -> statuses.put(id, applicants.submit(() -> {
                start.await();
                return applicant(owner).get("/api/v1/applications/{id}/eligibility", id).then().extract().statusCode();
            })));
            start.countDown();
            Map<String, Integer> answered = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Integer>> status : statuses.entrySet()) {
                answered.put(status.getKey(), status.getValue().get(30, TimeUnit.SECONDS));
            }

            // Those that wait for the rules are as many as the bound; the others are told to try again.
            assertThat(answered.values()).filteredOn(status -> status == 200).hasSize(EligibilityClient.CONCURRENT_CALLS);
            assertThat(answered.values()).filteredOn(status -> status == 503).hasSize(beyond);
            eligibility.verify(EligibilityClient.CONCURRENT_CALLS, postRequestedFor(
                    urlPathEqualTo("/api/v1/eligibility/assessments")));
        } finally {
            applicants.shutdownNow();
        }
    }

    @Test
    void a_submitted_file_can_be_withdrawn_but_no_longer_edited_nor_submitted_again() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);

        applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody("x").replace("\"organisationId\":\"x\"", "\"version\":1"))
                .put("/api/v1/applications/{id}", id).then().statusCode(409);
        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/illegal-transition"))
                .body("detail", equalTo("Le dossier est au statut « Déposé » : il ne peut pas passer au statut « Brouillon »."));
        applicant(owner).post("/api/v1/applications/{id}/withdraw", id).then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        applicant(owner).post("/api/v1/applications/{id}/withdraw", id).then().statusCode(409);
    }

    @Test
    void a_file_is_duplicated_into_a_new_draft_with_its_content_but_not_its_pieces() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);

        String copy = applicant(owner).post("/api/v1/applications/{id}/duplicate", id).then().statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("title", equalTo("Ressourcerie coopérative de Lens-Liévin"))
                .body("requestedAmount", equalTo(30000.00f))
                .extract().path("id");
        applicant(owner).get("/api/v1/applications/{id}/documents", copy).then().body("$", org.hamcrest.Matchers.hasSize(0));
    }

    @Test
    void the_receipt_exists_only_once_submitted() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);

        applicant(owner).get("/api/v1/applications/{id}/receipt", id).then().statusCode(409);
    }
}
