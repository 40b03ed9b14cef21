package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing out ends the portal session at once, on the server: a copy of the session cookie kept
 * from before opens nothing any more, whether the person signed out of the portal or the identity
 * provider ended the session (back-channel logout).
 */
@QuarkusTest
class LogoutTest {

    @Test
    void a_session_cookie_saved_before_signing_out_no_longer_opens_the_applicants_space() {
        PortalBrowser browser = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant");
        browser.get("/espace").then().statusCode(200);
        Map<String, String> saved = browser.cookies();

        browser.get("/deconnexion");

        int replayed = given().redirects().follow(false).cookies(saved).get("/espace").statusCode();
        assertThat(replayed).as("/espace opened with the cookie saved before signing out").isNotEqualTo(200);
    }

    @Test
    void signing_out_hands_the_session_over_to_the_identity_provider_to_end_it_there_too() {
        PortalBrowser browser = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant");

        String handOver = browser.get("/deconnexion").then().statusCode(303).extract().header("Location");
        var ended = browser.get(java.net.URI.create(handOver).getPath());

        assertThat(ended.statusCode()).as("the logout path, the session already recorded as ended").isEqualTo(302);
        assertThat(ended.header("Location")).contains("logout");
    }

    @Test
    void a_back_channel_logout_from_the_identity_provider_ends_the_portal_session() {
        String subject = "owner-" + UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        PortalBrowser browser = PortalBrowser.signInToSession(subject, session, "applicant");
        PortalBrowser other = PortalBrowser.signIn(subject, "applicant");
        browser.get("/espace").then().statusCode(200);

        given().contentType("application/x-www-form-urlencoded").formParam("logout_token", logoutToken(subject, session))
                .post("/deconnexion/back-channel").then().statusCode(200);

        assertThat(browser.get("/espace").statusCode()).as("the session Keycloak ended").isNotEqualTo(200);
        other.get("/espace").then().statusCode(200);
    }

    @Test
    void a_page_opened_with_a_session_keycloak_ended_leads_to_the_sign_in_page() {
        String subject = "owner-" + UUID.randomUUID();
        String session = UUID.randomUUID().toString();
        PortalBrowser browser = PortalBrowser.signInToSession(subject, session, "applicant");
        browser.get("/espace").then().statusCode(200);
        given().contentType("application/x-www-form-urlencoded").formParam("logout_token", logoutToken(subject, session))
                .post("/deconnexion/back-channel").then().statusCode(200);

        // The draft's "Reconnectez-vous" link is such a page: it must lead to signing in, not to an error.
        var opened = browser.get("/espace");
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.header("Location")).contains("/auth/realms/quarkus").contains("redirect_uri=");
    }

    /** A logout token as Keycloak sends it, signed with the test identity provider's key. */
    private static String logoutToken(String subject, String session) {
        return Jwt.claims().issuer("https://server.example.com").audience("quarkus-web-app").subject(subject)
                .issuedAt(Instant.now()).claim("jti", UUID.randomUUID().toString()).claim("sid", session)
                .claim("events", Json.createObjectBuilder()
                        .add("http://schemas.openid.net/event/backchannel-logout", Json.createObjectBuilder()).build())
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
