package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step's autosave and its plain form when the session has ended or another tab saved the draft
 * in between: the answer lets the page keep what was typed, and nothing saved elsewhere is overwritten.
 */
@QuarkusTest
class DraftAutosaveTest {

    private static final Pattern VERSION = Pattern.compile("id=\"version\" name=\"version\" value=\"(\\d+)\"");

    @Test
    void an_autosave_of_a_session_signed_out_elsewhere_is_answered_499_not_redirected_to_the_sign_in_page() {
        String owner = "owner-" + UUID.randomUUID();
        String draft = Fixtures.completeDraft(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        String step = "/espace/dossiers/" + draft + "/etapes/projet";
        String token = browser.formToken(step);
        String version = versionOn(browser.get(step));

        java.util.Map<String, String> formCookieOnly = browser.cookies().entrySet().stream()
                .filter(c -> !c.getKey().startsWith("q_session")).collect(java.util.stream.Collectors.toMap(
                        java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));

        browser.get("/deconnexion");

        // The tab that signed out cleared the session cookie: the others send none.
        Response withoutSession = io.restassured.RestAssured.given().redirects().follow(false).cookies(formCookieOnly)
                .header("HX-Request", "true").header("X-CSRF-Token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", version).formParam("title", "Un titre tapé après la déconnexion").post(step);
        assertThat(withoutSession.statusCode()).isEqualTo(499);
        // A copy of the ended session's cookie (or a session Keycloak ended) is refused, not redirected either.
        Response endedSession = autosave(browser, step, token, version, "Un titre tapé après la déconnexion");
        assertThat(endedSession.statusCode()).isEqualTo(401);
    }

    @Test
    void an_autosave_with_an_old_version_is_refused_with_the_step_as_saved_meanwhile() {
        String owner = "owner-" + UUID.randomUUID();
        String draft = Fixtures.completeDraft(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        String step = "/espace/dossiers/" + draft + "/etapes/projet";
        String token = browser.formToken(step);
        String opened = versionOn(browser.get(step));
        autosave(browser, step, token, opened, "Titre enregistré dans le premier onglet").then().statusCode(200);

        Response refused = autosave(browser, step, token, opened, "Titre du second onglet");

        assertThat(refused.statusCode()).isEqualTo(409);
        String latest = refused.asString();
        assertThat(latest).contains("data-draft=\"" + draft + ":projet\"")
                .contains("value=\"Titre enregistré dans le premier onglet\"")
                .doesNotContain("Titre du second onglet");
        assertThat(Long.parseLong(versionOn(refused))).isGreaterThan(Long.parseLong(opened));
    }

    @Test
    void a_plain_form_with_an_old_version_is_shown_again_with_what_was_typed_and_what_was_saved_meanwhile() {
        String owner = "owner-" + UUID.randomUUID();
        String draft = Fixtures.completeDraft(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        String step = "/espace/dossiers/" + draft + "/etapes/projet";
        String token = browser.formToken(step);
        String opened = versionOn(browser.get(step));
        autosave(browser, step, token, opened, "Titre enregistré dans le premier onglet").then().statusCode(200);

        Response shown = browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", token).formParam("version", opened).formParam("title", "Titre du second onglet")
                .post(step);

        assertThat(shown.statusCode()).isEqualTo(409);
        assertThat(shown.asString()).contains("modifié dans un autre onglet à")
                .contains("value=\"Titre du second onglet\"")
                .contains("Titre du projet</a> : « Titre enregistré dans le premier onglet »");
        assertThat(versionOn(browser.get(step))).isEqualTo(versionOn(shown));
        assertThat(browser.get(step).asString()).contains("value=\"Titre enregistré dans le premier onglet\"");
    }

    private static Response autosave(PortalBrowser browser, String step, String token, String version, String title) {
        return browser.request().header("HX-Request", "true").header("X-CSRF-Token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("version", version).formParam("title", title).post(step);
    }

    private static String versionOn(Response page) {
        Matcher matcher = VERSION.matcher(page.asString());
        assertThat(matcher.find()).as("the step's version in %s", page.asString()).isTrue();
        return matcher.group(1);
    }
}
