package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.PortalBrowser;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** Every page and every API answer carries the browser-side protections; only the static bundle is cached. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void a_personal_page_is_never_framed_runs_only_the_platforms_scripts_and_is_not_cached() {
        Response page = PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant").get("/espace");

        assertThat(page.statusCode()).isEqualTo(200);
        assertProtected(page);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
        String scripts = csp.replaceAll(".*script-src ([^;]*).*", "$1");
        assertThat(scripts).isEqualTo("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    void api_answers_and_problems_carry_the_same_headers_and_are_not_cached() {
        Response list = given().auth().oauth2(Tokens.applicant("owner-" + UUID.randomUUID())).get("/api/v1/applications");
        Response problem = given().auth().oauth2(Tokens.applicant("owner-" + UUID.randomUUID()))
                .get("/api/v1/applications/{id}", UUID.randomUUID());
        Response refused = given().get("/api/v1/applications");

        for (Response answer : new Response[] {list, problem, refused}) {
            assertProtected(answer);
            assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        }
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void the_public_pages_are_protected_too_and_the_bundled_scripts_stay_cacheable() {
        Response home = given().get("/");
        assertProtected(home);
        Matcher script = Pattern.compile("<script[^>]+src=\"([^\"]+)\"").matcher(home.asString());
        assertThat(script.find()).as("the home page loads the bundled script").isTrue();
        assertThat(home.asString()).doesNotContain("<script>").doesNotContain("javascript:");

        Response bundle = given().get(script.group(1));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.header("Cache-Control")).isNotEqualTo("no-store");
        assertThat(bundle.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    private static void assertProtected(Response answer) {
        assertThat(answer.header("X-Frame-Options")).as("X-Frame-Options").isEqualTo("DENY");
        assertThat(answer.header("X-Content-Type-Options")).as("nosniff").isEqualTo("nosniff");
        assertThat(answer.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("same-origin");
        assertThat(answer.header("Content-Security-Policy")).as("CSP").contains("frame-ancestors 'none'");
    }
}
