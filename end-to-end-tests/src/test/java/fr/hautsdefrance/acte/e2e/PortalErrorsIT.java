package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A form the server refuses says so where a person looks (RGAA 11.10, 11.11): the page's title starts with
 * « Erreur : », the focus is on the summary of errors whose entries lead to the fields, and each message sits
 * next to its field, read with it (aria-describedby), repeated lines included. Messages name what to fix in
 * the person's words. A refusal (access refused, page not found) is a French page inside the portal, with a
 * way back. Every page visited is checked at 1280 and 360 px.
 */
@ExtendWith(PlatformExtension.class)
class PortalErrorsIT {

    @Test
    void a_refused_partners_step_puts_each_message_next_to_its_line_and_the_focus_on_the_summary(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            String step = PortalTypedValuesIT.signInAndStartDraft(page, portal, "Tiers-lieu des Provinces");
            page.navigate(step.replace("/etapes/projet", "/etapes/partenaires"));
            page.locator("#partnerName0").fill("Ville de Lille");
            page.locator("#partnerCategory1").selectOption("INHABITANTS");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();

            assertThat(page).hasTitle(Pattern.compile("^Erreur : "));
            Locator summary = page.locator(".error-summary");
            assertThat(summary).isFocused();
            assertThat(summary.locator("a[href='#partnerCategory0']")).containsText("Ligne 1");
            assertThat(summary.locator("a[href='#partnerName1']")).containsText("Ligne 2");
            assertMessageNextTo(page, "partnerCategory0", "Ligne 1");
            assertMessageNextTo(page, "partnerName1", "Ligne 2");
            assertThat(page.locator("#partnerName0")).hasValue("Ville de Lille");
            Browser.checkAtBothWidths(page, "erreurs-01-partenaires");

            summary.locator("a[href='#partnerName1']").click();
            assertThat(page.locator("#partnerName1")).isFocused();
        }
    }

    @Test
    void a_refused_assessment_names_the_criterion_to_score_and_writes_amounts_in_french(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String id = PortalOfficerIT.submittedFile(platform);
        try (Browser browser = new Browser()) {
            Page officer = browser.newPage(false);
            officer.navigate(portal + "/connexion");
            Browser.signIn(officer, "instructeur");
            officer.waitForURL("**/instruction");
            officer.navigate(portal + "/instruction/dossiers/" + id);
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir l'instruction")).click();
            assertThat(officer.locator("main")).containsText("L'instruction est ouverte");

            for (String criterion : List.of("localAnchoring", "inhabitantsInvolvement", "nonRelocatableActivity",
                    "swarmingPotential")) {
                officer.locator("#" + criterion).selectOption("2");
            }
            officer.getByLabel("Justification").fill("Une coopération réelle entre la ville et les habitants.");
            officer.locator("#proposedAmount").fill("45000");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation")).click();
            assertThat(officer).hasTitle(Pattern.compile("^Erreur : "));
            assertThat(officer.locator(".error-summary")).isFocused();
            assertThat(officer.locator(".error-summary"))
                    .containsText("Notez « Coopération entre acteurs multiples » de 0 à 3");
            assertMessageNextTo(officer, "cooperation", "Coopération entre acteurs multiples");
            Browser.checkAtBothWidths(officer, "erreurs-02-evaluation-critere");

            officer.locator("#cooperation").selectOption("2");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation")).click();
            assertThat(officer).hasTitle(Pattern.compile("^Erreur : "));
            assertMessageNextTo(officer, "proposedAmount", "montant demandé");
            // The file asks for 30 000 €: written as a person reads it, not « 30000.00 € ».
            assertThat(officer.locator("#proposedAmount-error")).containsText(Pattern.compile("30\\s000,00\\s€"));
            Browser.checkAtBothWidths(officer, "erreurs-03-evaluation-montant");
        }
    }

    @Test
    void a_refusal_met_on_the_portal_is_a_french_page_inside_the_portal_with_a_way_back(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");

            Response refused = page.navigate(portal + "/instruction");
            org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(403);
            assertThat(page).hasTitle(Pattern.compile("^Accès refusé — ACTE"));
            assertInsideThePortal(page);
            Browser.checkAtBothWidths(page, "erreurs-04-acces-refuse");

            Response missing = page.navigate(portal + "/espace/dossiers/" + UUID.randomUUID());
            org.assertj.core.api.Assertions.assertThat(missing.status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Introuvable");
            assertInsideThePortal(page);
            Browser.checkAtBothWidths(page, "erreurs-05-introuvable");
        }
    }

    /** The portal's header and menu, no English word, and a link back to the person's space. */
    private static void assertInsideThePortal(Page page) {
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu principal"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("revenez à votre espace")))
                .hasAttribute("href", "/espace");
        assertThat(page.locator("main")).not().containsText(Pattern.compile("Not Found|Forbidden|Internal Server Error"));
    }

    /** The field is marked invalid and described by its own message, which is next to it. */
    private static void assertMessageNextTo(Page page, String field, String message) {
        Locator control = page.locator("#" + field);
        assertThat(control).hasAttribute("aria-invalid", "true");
        assertThat(control).hasAttribute("aria-describedby", field + "-error");
        Locator error = page.locator("#" + field + "-error");
        assertThat(error).containsText(message);
        // Next to it: in the same cell or field block as the control.
        assertThat(control.locator("xpath=ancestor::*[self::td or contains(@class,'field')][1]")
                .locator("#" + field + "-error")).hasCount(1);
    }
}
