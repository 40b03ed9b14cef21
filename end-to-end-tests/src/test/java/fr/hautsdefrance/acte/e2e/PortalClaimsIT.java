package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * An organisation registered by an applicant waits for the Region's verification: the officer finds
 * its claim among the structures to verify, reads the piece joined, and verifies it; the applicant's
 * file may then be deposited.
 */
@ExtendWith(PlatformExtension.class)
class PortalClaimsIT {

    @Test
    void an_officer_verifies_a_newly_registered_organisation_from_the_structures_to_verify(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String name = "Coopérative des Galibots " + Sirens.random().substring(0, 4);
        String organisation = AwardSteps.unverifiedOrganisation(platform, "porteur", name, Sirens.random());
        platform.as("porteur", Service.APPLICATION)
                .multiPart("file", "extrait-kbis.pdf", AwardSteps.PDF, "application/pdf")
                .post("/api/v1/organisations/{id}/claim/pieces", organisation).then().statusCode(201);

        try (Browser browser = new Browser()) {
            Page applicant = browser.newPage(false);
            applicant.navigate(portal + "/connexion");
            Browser.signIn(applicant, "porteur");
            applicant.waitForURL("**/espace");
            applicant.navigate(portal + "/espace/structures/" + organisation);
            assertThat(applicant.locator("main")).containsText("En attente de vérification");
            applicant.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Joindre les pièces demandées")).click();
            assertThat(applicant.locator("main")).containsText("extrait-kbis.pdf");
            Browser.checkAtBothWidths(applicant, "40-structure-en-attente");

            Page officer = browser.newPage(false);
            officer.navigate(portal + "/connexion");
            Browser.signIn(officer, "instructeur");
            officer.waitForURL("**/instruction");
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Structures à vérifier")).click();
            officer.waitForURL("**/instruction/structures");
            Browser.checkAtBothWidths(officer, "41-structures-a-verifier");
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
            assertThat(officer.locator("main")).containsText("extrait-kbis.pdf");
            assertThat(officer.locator("main")).containsText("extrait Kbis de moins de trois mois");
            Browser.checkAtBothWidths(officer, "42-structure-verification");

            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejeter la demande")).click();
            assertThat(officer.locator(".error-summary")).containsText("Indiquez le motif");
            Browser.check(officer, "43-structure-rejet-sans-motif");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vérifier la structure")).click();
            assertThat(officer.locator("main")).containsText("La structure est vérifiée");

            applicant.navigate(portal + "/espace/structures/" + organisation);
            assertThat(applicant.locator("main")).containsText("Structure vérifiée");
        }
        platform.as("porteur", Service.APPLICATION).get("/api/v1/organisations/{id}", organisation).then()
                .body("verified", equalTo(true));
    }
}
