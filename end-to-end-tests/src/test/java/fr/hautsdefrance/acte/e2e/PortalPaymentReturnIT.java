package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.hautsdefrance.acte.e2e.AwardSteps.EVENTUAL;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A payment request refused, then a liquidation sent back, in a real browser. The officer rejects a
 * whole instalment request with its reason (first without one: refused on the field), and the
 * beneficiary reads the reason on the payments page. The next request is liquidated; finance sends
 * the liquidation back to the officer with a reason (first without one: refused on the field), the
 * officer reads it on the file's Versements tab and in the notices, liquidates again, then finance
 * prepares the mandate and finance2 approves it. The beneficiary's file page, the beneficiary's
 * payments page and the officers' Versements tab then show the same French status for each payment.
 * Every page is checked for accessibility at 1280 and 360 px.
 */
@ExtendWith(PlatformExtension.class)
class PortalPaymentReturnIT {

    static final String REJECTION = "Les factures jointes datent d'avant le début du projet.";
    static final String RETURN = "La facture facture-0.pdf ne porte pas le nom de l'association : retenez 18 000 €.";

    @Test
    void finance_returns_a_liquidation_the_officer_liquidates_again_and_every_page_tells_the_same_status(
            RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String grant = AwardSteps.signedAgreement(platform, "porteur", "Ressourcerie partagée d'Avion",
                Sirens.random(), "40000.00");
        PaymentFlowIT.awaitOpen(platform, grant);
        PaymentFlowIT.bankDetails(platform, grant);
        String refused = PaymentFlowIT.request(platform, grant, PaymentFlowIT.statement("INSTALMENT",
                "ANIMATION_ENGINEERING", "20000.00")).then().statusCode(201).extract().path("id");

        try (Browser browser = new Browser()) {
            Page officer = browser.newPage(false);
            officer.navigate(portal + "/connexion");
            Browser.signIn(officer, "instructeur");
            officer.waitForURL("**/instruction");
            officer.navigate(portal + "/instruction/dossiers/" + grant + "?onglet=versements");
            Locator request = officer.locator("section[aria-labelledby=liquidation-" + refused + "]");
            request.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Rejeter la demande de versement")).click();
            assertThat(officer.locator("#rejectionReason-error")).containsText("Motivez le rejet");
            Browser.check(officer, "70-rejet-sans-motif");
            officer.getByLabel("Ou rejeter toute la demande : motif communiqué au bénéficiaire").fill(REJECTION);
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejeter la demande de versement"))
                    .click();
            assertThat(officer.locator("#liquidation-resultat")).containsText("est rejetée : " + REJECTION);

            Page applicant = browser.newPage(false);
            applicant.navigate(portal + "/connexion");
            Browser.signIn(applicant, "porteur");
            applicant.waitForURL("**/espace");
            applicant.navigate(portal + "/espace/dossiers/" + grant + "/versements");
            assertThat(rejected(applicant)).hasCount(1);
            Browser.checkAtBothWidths(applicant, "71-versement-rejete");

            String instalment = PaymentFlowIT.request(platform, grant, PaymentFlowIT.statement("INSTALMENT",
                    "ANIMATION_ENGINEERING", "20000.00")).then().statusCode(201).extract().path("id");
            officer.navigate(portal + "/instruction/dossiers/" + grant + "?onglet=versements");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Certifier le service fait")).click();
            assertThat(officer.locator("#liquidation-resultat")).containsText(
                    "montant dû après proratisation au taux voté : 10 000,00");

            Page finance = browser.newPage(false);
            finance.navigate(portal + "/connexion");
            Browser.signIn(finance, "finance");
            finance.waitForURL("**/instruction");
            finance.navigate(portal + "/instruction/finance");
            Locator toPrepare = rowOf(finance, "a-preparer", grant);
            assertThat(toPrepare).containsText("10 000,00");
            // Without a reason the liquidation is not sent back: the field says why.
            toPrepare.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("Renvoyer à l'instructeur"))).click();
            assertThat(finance.locator(".error-summary")).containsText("pourquoi vous renvoyez la liquidation");
            assertThat(finance.locator("#reason-" + instalment + "-error")).containsText("quoi corriger");
            assertThat(finance.locator("#reason-" + instalment)).hasAttribute("aria-invalid", "true");
            Browser.checkAtBothWidths(finance, "72-renvoi-sans-motif");
            finance.locator("#reason-" + instalment).fill(RETURN);
            rowOf(finance, "a-preparer", grant).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("Renvoyer à l'instructeur"))).click();
            assertThat(finance.locator("main [role=status]")).containsText("La liquidation est renvoyée à l'instructeur");
            assertThat(rowOf(finance, "a-preparer", grant)).hasCount(0);

            // The officer reads why, on the tab and in the notices, and liquidates again.
            officer.navigate(portal + "/instruction/dossiers/" + grant + "?onglet=versements");
            assertThat(officer.locator("#renvoi-" + instalment)).containsText(RETURN);
            Browser.checkAtBothWidths(officer, "73-liquidation-renvoyee");
            officer.getByLabel("Montant retenu pour « Dépenses réalisées »").fill("18 000,00");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Certifier le service fait")).click();
            assertThat(officer.locator("#liquidation-resultat")).containsText(
                    "montant dû après proratisation au taux voté : 9 000,00");
            await("the officer's notice").atMost(EVENTUAL).until(() -> {
                officer.navigate(portal + "/mes-notifications");
                return officer.locator("main").textContent().contains("renvoie la liquidation");
            });

            finance.navigate(portal + "/instruction/finance");
            rowOf(finance, "a-preparer", grant).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName(java.util.regex.Pattern.compile("Préparer le mandat"))).click();
            assertThat(finance.locator("main [role=status]")).containsText("Le mandat est préparé");
            Page second = browser.newPage(false);
            second.navigate(portal + "/connexion");
            Browser.signIn(second, "finance2");
            second.waitForURL("**/instruction");
            second.navigate(portal + "/instruction/finance");
            rowOf(second, "a-approuver", grant).getByRole(AriaRole.BUTTON).click();
            assertThat(second.locator("main [role=status]")).containsText("Le mandat est approuvé");
            platform.as("finance", Service.PAYMENT).get("/api/v1/payments/{id}", instalment).then()
                    .body("status", equalTo("APPROVED")).body("amount", equalTo(9000.00f));

            // One status, in the same words, on the three pages that show the payments.
            officer.navigate(portal + "/instruction/dossiers/" + grant + "?onglet=versements");
            sameStatuses(officer);
            applicant.navigate(portal + "/espace/dossiers/" + grant + "/versements");
            sameStatuses(applicant);
            applicant.navigate(portal + "/espace/dossiers/" + grant);
            sameStatuses(applicant);
            Browser.checkAtBothWidths(applicant, "74-dossier-versements");
        }
    }

    /** The instalment approved and the one refused, as each page that lists the payments must show them. */
    private static void sameStatuses(Page page) {
        Locator approved = rowWith(page, "Mandat approuvé");
        assertThat(approved).hasCount(1);
        assertThat(approved).containsText("Acompte n° 1");
        assertThat(approved).containsText("9 000,00");
        assertThat(rejected(page)).hasCount(1);
    }

    /** The first instalment, refused by the officer, with the reason the beneficiary reads. */
    private static Locator rejected(Page page) {
        return rowWith(page, "Rejeté").filter(new Locator.FilterOptions().setHasText(REJECTION));
    }

    /** The row of {@code grant} in the section headed {@code heading}. */
    private static Locator rowOf(Page page, String heading, String grant) {
        return page.locator("section[aria-labelledby=" + heading + "] tbody tr",
                new Page.LocatorOptions().setHas(page.locator("a[href*='" + grant + "']")));
    }

    /** The payments table's row whose status reads {@code status}. */
    private static Locator rowWith(Page page, String status) {
        return page.locator("tbody tr", new Page.LocatorOptions().setHas(page.locator("td",
                new Page.LocatorOptions().setHasText(java.util.regex.Pattern.compile("^" + status)))));
    }
}
