package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import fr.hautsdefrance.acte.stack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deposited file is locked: its step pages show the file as deposited, read only, and « Déposer » sent
 * again (the back button, a second click) shows it too, not an error page. Checked at 1280 and 360 px.
 */
@ExtendWith(PlatformExtension.class)
class PortalDepositedFileIT {

    @Test
    void the_steps_of_a_deposited_file_and_its_deposit_sent_again_show_the_deposited_file(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String id = PortalOfficerIT.submittedFile(platform);
        String file = portal + "/espace/dossiers/" + id;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteuse");
            page.waitForURL("**/espace");

            for (String step : new String[] {"projet", "budget", "depot"}) {
                page.navigate(file + "/etapes/" + step);
                assertThat(page.url()).isEqualTo(file);
                assertThat(page.locator("form[data-draft]")).hasCount(0);
                assertThat(page.locator("h1")).containsText("Jardins partagés de la cité 12");
            }
            Browser.checkAtBothWidths(page, "depose-01-etape-verrouillee");

            // The deposit form as the back button shows it again, sent a second time.
            Response again = page.waitForNavigation(() -> page.evaluate("""
                    ([action, token]) => {
                      const form = document.createElement('form');
                      form.method = 'post';
                      form.action = action;
                      const csrf = document.createElement('input');
                      csrf.type = 'hidden';
                      csrf.name = 'csrf';
                      csrf.value = token;
                      form.append(csrf);
                      document.body.append(form);
                      form.submit();
                    }""", new Object[] {file + "/depot", csrfOf(page)}));
            assertThat(again.status()).isEqualTo(200);
            assertThat(page.url()).startsWith(file);
            assertThat(page.locator("h1")).containsText("Jardins partagés de la cité 12");
            assertThat(page.locator("form[data-draft]")).hasCount(0);
            Browser.checkAtBothWidths(page, "depose-02-depot-renvoye");
        }
    }

    /** The form token every page carries for its forms. */
    private static String csrfOf(Page page) {
        String headers = page.locator("body").getAttribute("hx-headers");
        return headers.replaceAll(".*\"X-CSRF-Token\": \"([^\"]*)\".*", "$1");
    }
}
