package fr.hautsdefrance.acte.application.rest;

import com.github.tomakehurst.wiremock.WireMockServer;
import fr.hautsdefrance.acte.application.EligibilityStub;
import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.client.EligibilityClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
                        "expenses", "requestedAmount", "funding", "documents.STATUTES", "documents.RIB"));
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
    void a_failing_eligibility_check_blocks_the_submission_with_its_explanation() {
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"eligible":false,"ruleSet":"acte-2026.1","eligibleBase":60000.00,"rate":0.5,"maxGrant":30000.00,
                         "requestedAmount":45000.00,"checks":[{"code":"RATE_CAP","status":"FAIL",
                         "message":"Le montant demandé (45 000,00 €) dépasse 50 % de l'assiette éligible."}]}""")));
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);

        applicant(owner).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(422)
                .body("errors.field", hasItem("eligibility.RATE_CAP"))
                .body("errors[0].message", containsString("dépasse 50 %"));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void when_the_rules_cannot_be_reached_the_submission_waits_and_the_draft_is_kept() {
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);

        applicant(owner).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("brouillon est enregistré"))
                .body("detail", not(containsString("Exception")));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void submissions_beyond_what_the_rules_can_take_at_once_are_refused_at_once_and_their_drafts_kept() throws Exception {
        // Counted below: only this test's calls (the stub is shared with the test classes run before).
        eligibility.resetRequests();
        eligibility.stubFor(post(urlPathEqualTo("/api/v1/eligibility/assessments")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(EligibilityStub.ELIGIBLE)
                        .withFixedDelay(2000)));
        int beyond = 5;
        Map<String, String> drafts = new LinkedHashMap<>();
        for (int i = 0; i < EligibilityClient.CONCURRENT_CALLS + beyond; i++) {
            String owner = "owner-" + UUID.randomUUID();
            drafts.put(Fixtures.completeDraft(owner), owner);
        }

        ExecutorService applicants = Executors.newFixedThreadPool(drafts.size());
        CountDownLatch start = new CountDownLatch(1);
        Map<String, Future<Integer>> statuses = new LinkedHashMap<>();
        try {
            drafts.forEach((id, owner) -> statuses.put(id, applicants.submit(() -> {
                start.await();
                return applicant(owner).post("/api/v1/applications/{id}/submit", id).then().extract().statusCode();
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
            answered.forEach((id, status) -> applicant(drafts.get(id)).get("/api/v1/applications/{id}", id).then()
                    .body("status", equalTo(status == 200 ? "SUBMITTED" : "DRAFT")));
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
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/illegal-transition"));
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
