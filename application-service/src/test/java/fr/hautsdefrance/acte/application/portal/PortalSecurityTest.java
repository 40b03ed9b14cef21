package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The portal's session is for its own pages: the JSON API takes bearer tokens only, and the portal's
 * forms carry a token bound to the signed-in session, its cookie {@code __Host-} prefixed.
 */
@QuarkusTest
class PortalSecurityTest {

    @Test
    void the_api_does_not_accept_the_portal_session_cookie_even_from_the_portal_itself() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        browser.get("/espace/dossiers/" + id).then().statusCode(200);

        // What a page of another site makes the browser send: the cookies, no token, no bearer.
        browser.request().header("Origin", "https://attaquant.example").post("/api/v1/applications/{id}/withdraw", id)
                .then().statusCode(401);
        browser.request().contentType("multipart/form-data").multiPart("type", "BUDGET")
                .multiPart("file", "budget.pdf", Fixtures.PDF, "application/pdf")
                .post("/api/v1/applications/{id}/documents", id).then().statusCode(401);
        browser.request().get("/api/v1/applications").then().statusCode(401);
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void the_form_token_cookie_is_host_prefixed_secure_and_strict() {
        PortalBrowser browser = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant");
        Response page = browser.get("/espace");

        String setCookie = page.headers().getValues("Set-Cookie").stream().filter(c -> c.startsWith("__Host-acte-csrf="))
                .findFirst().orElseThrow(() -> new AssertionError("no __Host-acte-csrf cookie in " + page.headers()));
        assertThat(setCookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly")
                .containsIgnoringCase("; SameSite=Strict").contains("; Path=/").doesNotContainIgnoringCase("Domain=");
    }

    @Test
    void a_form_token_is_bound_to_the_session_it_was_given_to() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        PortalBrowser victim = PortalBrowser.signIn(owner, "applicant");
        PortalBrowser attacker = PortalBrowser.signIn("attacker-" + UUID.randomUUID(), "applicant");
        String attackersToken = attacker.formToken("/espace");
        String attackersCookie = attacker.cookies().getOrDefault("__Host-acte-csrf", attackersToken);

        // The attacker plants their own cookie in the victim's browser (a sibling subdomain could, without
        // the __Host- prefix) and makes it post their own token: a double-submit check alone would pass.
        Map<String, String> planted = new java.util.HashMap<>(victim.cookies());
        planted.put("__Host-acte-csrf", attackersCookie);
        planted.put("acte-csrf", attackersCookie);
        given().redirects().follow(false).cookies(planted).header("Accept", "text/html")
                .contentType("application/x-www-form-urlencoded").formParam("csrf", attackersToken)
                .formParam("confirm", "on").post("/espace/dossiers/{id}/retrait", id).then().statusCode(403);
        // Without any token at all: refused as before.
        victim.request().contentType("application/x-www-form-urlencoded").formParam("confirm", "on")
                .post("/espace/dossiers/{id}/retrait", id).then().statusCode(403);
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("SUBMITTED"));
        // The victim's own form, with the token of their session, goes through.
        victim.submit("/espace/dossiers/" + id, "/espace/dossiers/" + id + "/retrait", Map.of("confirm", "on"))
                .then().statusCode(303);
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("WITHDRAWN"));
    }
}
