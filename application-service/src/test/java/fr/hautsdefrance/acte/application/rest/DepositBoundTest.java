package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import fr.hautsdefrance.acte.application.service.DepositAdmission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The bound on deposits in progress: beyond it a deposit is refused at once (503, Retry-After, its draft
 * kept), and accepted again once a place is free. The places are taken here by the test itself, so the
 * bound is reached without a race.
 */
@QuarkusTest
class DepositBoundTest {

    @Inject
    DepositAdmission admission;

    private final List<DepositAdmission.Permit> held = new ArrayList<>();

    @AfterEach
    void giveBackThePlaces() {
        held.forEach(DepositAdmission.Permit::close);
        held.clear();
    }

    private void takeEveryPlace() {
        await().atMost(Duration.ofSeconds(10)).until(() -> admission.inProgress() == 0);
        for (int i = 0; i < admission.maxInProgress(); i++) {
            held.add(admission.tryAcquire().orElseThrow());
        }
    }

    @Test
    void a_deposit_beyond_the_bound_is_refused_at_once_and_accepted_once_a_place_is_free() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        takeEveryPlace();

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(503)
                .header("Retry-After", String.valueOf(admission.retryAfterSeconds()))
                .contentType("application/problem+json")
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/too-many-deposits"))
                .body("title", equalTo("Trop de dépôts en cours"))
                .body("instance", equalTo("/api/v1/applications/" + id + "/submit"))
                .body("detail", containsString("conservé en brouillon"))
                .body("detail", containsString("dans " + admission.retryAfterSeconds() + " secondes"));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));

        held.remove(0).close();

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> admission.inProgress() == held.size());
    }

    @Test
    void a_deposit_beyond_the_bound_is_refused_before_its_token_is_verified() {
        takeEveryPlace();

        // Without a token at all: answered 503, not 401, so the refusal spent nothing on authentication.
        given().post("/api/v1/applications/{id}/submit", UUID.randomUUID()).then().statusCode(503)
                .header("Retry-After", not(equalTo(null)));
    }

    @Test
    void a_portal_deposit_beyond_the_bound_shows_a_french_page_leading_back_to_the_kept_draft() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        String step = "/espace/dossiers/" + id + "/etapes/depot";
        String deposit = "/espace/dossiers/" + id + "/depot";
        takeEveryPlace();

        browser.submit(step, deposit, java.util.Map.of()).then().statusCode(503)
                .header("Retry-After", String.valueOf(admission.retryAfterSeconds()))
                .contentType(containsString("text/html"))
                .body(containsString("<h1>Trop de dépôts en cours</h1>"))
                .body(containsString("conservé en brouillon"))
                .body(containsString("href=\"" + step + "\">revenez à votre dossier</a>"))
                .body(not(containsString("Exception")));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));

        giveBackThePlaces();

        browser.submit(step, deposit, java.util.Map.of()).then().statusCode(303)
                .header("Location", containsString("/espace/dossiers/" + id + "?avis=depose"));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("SUBMITTED"));
        assertThat(admission.inProgress()).as("the portal's deposit gives its place back").isZero();
    }

    @Test
    void the_api_document_tells_integrators_of_the_refusal_and_its_retry_after() {
        String submit = "paths.'/api/v1/applications/{id}/submit'.post.responses";
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body(submit + ".'503'.headers.'Retry-After'.schema.type", equalTo("integer"))
                .body(submit + ".'503'.content.'application/problem+json'.schema.'$ref'", containsString("Problem"))
                .body(submit + ".'200'.content.'application/json'.schema.'$ref'", containsString("ApplicationView"));
    }

    @Test
    void a_deposit_form_still_on_its_way_holds_no_place() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        await().atMost(Duration.ofSeconds(10)).until(() -> admission.inProgress() == 0);

        // The form announces more than it sends, as a sender keeping places for nothing would: none is taken.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /espace/dossiers/" + id + "/depot HTTP/1.1\r\nHost: localhost\r\n"
                    + "Cookie: " + browser.cookies().entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                            .collect(Collectors.joining("; ")) + "\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 500\r\n\r\ncsrf=")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> admission.inProgress() == 0);
        }

        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));
    }
}
