package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static org.hamcrest.Matchers.containsString;

/**
 * A step of the form refused by the command the API's draft is checked with: each message next to the
 * row it was typed in, nothing saved.
 */
@QuarkusTest
class DraftStepErrorsTest {

    @Test
    void a_refused_step_names_the_row_of_each_line_to_correct_and_saves_nothing() {
        String owner = "owner-" + UUID.randomUUID();
        String draft = Fixtures.completeDraft(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        String step = "/espace/dossiers/" + draft + "/etapes/partenaires";
        String version = String.valueOf(applicant(owner).get("/api/v1/applications/{id}", draft).then()
                .extract().path("version").toString());

        browser.submit(step, step, Map.of("version", version, "partnerName0", "Ville de Lille",
                        "partnerCategory1", "INHABITANTS", "partnerName2", "", "partnerName3", ""))
                .then().statusCode(200)
                .body(containsString("href=\"#partnerCategory0\">Ligne 1 : indiquez la nature du partenaire."))
                .body(containsString("href=\"#partnerName1\">Ligne 2 : indiquez le nom du partenaire."));

        String budget = "/espace/dossiers/" + draft + "/etapes/budget";
        browser.submit(budget, budget, Map.of("version", version, "expenseCategory0", "OPERATING",
                        "expenseAmount0", "-5", "expenseAmount1", "", "expenseAmount2", "", "expenseAmount3", ""))
                .then().statusCode(200)
                .body(containsString("href=\"#expenseAmount0\">Ligne 1 : le montant ne peut pas être négatif."));

        applicant(owner).get("/api/v1/applications/{id}", draft).then()
                .body("version", org.hamcrest.Matchers.equalTo(Integer.parseInt(version)));
    }
}
