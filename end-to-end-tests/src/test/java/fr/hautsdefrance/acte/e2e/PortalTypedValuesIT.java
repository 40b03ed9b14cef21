package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a person types on a draft is never lost: not when their session ends in another tab, not when
 * a second tab saves the same draft in between. Every page visited is checked at 1280 and 360 px.
 */
@ExtendWith(PlatformExtension.class)
class PortalTypedValuesIT {

    private static final String SUMMARY = "Une ressourcerie tenue avec les habitants du quartier des Provinces.";

    @Test
    void an_autosave_after_the_session_ended_in_another_tab_says_so_and_the_values_are_saved_after_signing_in_again(
            RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            String step = signInAndStartDraft(page, portal, "Ressourcerie des Provinces");
            page.getByLabel("Résumé").fill(SUMMARY);
            page.getByLabel("Résumé").press("Tab");
            assertThat(page.locator("#autosave")).containsText("Enregistré à");

            signOutInAnotherTab(page.context(), portal);
            page.getByLabel("Nom du quartier").fill("Les Provinces");
            page.getByLabel("Nom du quartier").press("Tab");
            assertThat(page.locator("#autosave")).containsText("Votre session a pris fin");
            assertThat(page.locator("#autosave")).containsText("gardées sur cet appareil");
            page.getByLabel("Titre du projet").fill("Ressourcerie solidaire des Provinces");
            page.getByLabel("Titre du projet").press("Tab");
            Browser.checkAtBothWidths(page, "conserve-01-session-terminee");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reconnectez-vous")
                    .setExact(false)).click();
            Browser.signIn(page, "porteur");
            page.waitForURL(step);
            assertThat(page.locator("#draft-notice")).containsText("remises dans le formulaire");
            assertThat(page.locator("#autosave")).containsText("Enregistré à");
            Browser.checkAtBothWidths(page, "conserve-02-reponses-remises");

            page.navigate(step);
            assertThat(page.getByLabel("Résumé")).hasValue(SUMMARY);
            assertThat(page.getByLabel("Nom du quartier")).hasValue("Les Provinces");
            assertThat(page.getByLabel("Titre du projet")).hasValue("Ressourcerie solidaire des Provinces");
            assertThat(page.locator("#draft-notice")).isHidden();
            assertThat(page.evaluate("() => localStorage.length")).isEqualTo(0);
        }
    }

    @Test
    void a_step_sent_after_the_session_ended_lands_on_the_sign_in_page_and_its_values_come_back_saved(
            RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            String step = signInAndStartDraft(page, portal, "Atelier vélo des Provinces");

            signOutInAnotherTab(page.context(), portal);
            page.getByLabel("Résumé").fill(SUMMARY);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();
            Browser.signIn(page, "porteur");
            page.waitForURL(step);
            assertThat(page.getByLabel("Résumé")).hasValue(SUMMARY);
            assertThat(page.locator("#draft-notice")).containsText("remises dans le formulaire");
            assertThat(page.locator("#autosave")).containsText("Enregistré à");

            page.navigate(step);
            assertThat(page.getByLabel("Résumé")).hasValue(SUMMARY);
        }
    }

    @Test
    void an_autosave_after_another_tab_saved_the_draft_keeps_both_tabs_entries_and_names_the_field_both_changed(
            RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page first = browser.newPage(false);
            String step = signInAndStartDraft(first, portal, "Jardin partagé des Provinces");
            Page second = first.context().newPage();
            second.navigate(step);

            first.getByLabel("Résumé").fill(SUMMARY);
            first.getByLabel("Titre du projet").fill("Jardin des Provinces");
            first.getByLabel("Titre du projet").press("Tab");
            assertThat(first.locator("#autosave")).containsText("Enregistré à");

            second.getByLabel("Titre du projet").fill("Jardin partagé et verger des Provinces");
            second.getByLabel("Nom du quartier").fill("Les Provinces");
            second.getByLabel("Nom du quartier").press("Tab");
            assertThat(second.locator("#draft-notice")).containsText("modifié dans un autre onglet à");
            assertThat(second.locator("#draft-notice")).containsText("Titre du projet");
            assertThat(second.locator("#autosave")).containsText("Enregistré à");
            assertThat(second.locator("h1")).hasCount(1);
            assertThat(second.getByLabel("Résumé")).hasValue(SUMMARY);
            assertThat(second.getByLabel("Nom du quartier")).hasValue("Les Provinces");
            assertThat(second.getByLabel("Titre du projet")).hasValue("Jardin partagé et verger des Provinces");
            Browser.checkAtBothWidths(second, "conserve-03-autre-onglet");

            first.navigate(step);
            assertThat(first.getByLabel("Résumé")).hasValue(SUMMARY);
            assertThat(first.getByLabel("Nom du quartier")).hasValue("Les Provinces");
            assertThat(first.getByLabel("Titre du projet")).hasValue("Jardin partagé et verger des Provinces");
        }
    }

    @Test
    void a_step_sent_with_its_button_after_another_tab_saved_the_draft_is_shown_again_and_overwrites_nothing(
            RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page first = browser.newPage(false);
            String step = signInAndStartDraft(first, portal, "Repair café des Provinces");
            // The button's form is the page's own, the same with or without JavaScript: the server decides.
            Page second = first.context().newPage();
            second.navigate(step);

            first.getByLabel("Résumé").fill(SUMMARY);
            first.getByLabel("Résumé").press("Tab");
            assertThat(first.locator("#autosave")).containsText("Enregistré à");

            second.getByLabel("Nom du quartier").fill("Les Provinces");
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();
            Locator summary = second.locator(".error-summary");
            assertThat(summary).containsText("modifié dans un autre onglet à");
            assertThat(summary).containsText("Résumé");
            assertThat(summary).containsText(SUMMARY);
            assertThat(second.getByLabel("Nom du quartier")).hasValue("Les Provinces");
            Browser.checkAtBothWidths(second, "conserve-04-autre-onglet-formulaire");

            first.navigate(step);
            assertThat(first.getByLabel("Résumé")).hasValue(SUMMARY);
            assertThat(first.getByLabel("Nom du quartier")).hasValue("");
        }
    }

    @Test
    void an_officers_information_request_and_assessment_refused_come_back_with_what_was_typed(RunningPlatform platform) {
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

            String asked = "Le budget prévisionnel signé par le président, et la convention avec la ville.";
            officer.getByLabel("Ce que vous demandez et pourquoi").fill(asked);
            officer.getByLabel("Pièces attendues").fill("Budget signé\nConvention avec la ville");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer la demande")).click();
            assertThat(officer.locator(".error-summary")).containsText("Indiquez une échéance à venir");
            assertThat(officer.getByLabel("Ce que vous demandez et pourquoi")).hasValue(asked);
            assertThat(officer.getByLabel("Pièces attendues")).hasValue("Budget signé\nConvention avec la ville");
            Browser.checkAtBothWidths(officer, "conserve-05-demande-incomplete");

            for (String criterion : List.of("cooperation", "localAnchoring", "inhabitantsInvolvement")) {
                officer.locator("#" + criterion).selectOption("2");
            }
            String justification = "Une coopération réelle entre la ville, les habitants et la coopérative.";
            officer.getByLabel("Justification").fill(justification);
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation")).click();
            assertThat(officer.locator(".error-summary")).containsText("Proposez un montant en euros");
            assertThat(officer.locator("#cooperation")).hasValue("2");
            assertThat(officer.locator("#inhabitantsInvolvement")).hasValue("2");
            assertThat(officer.getByLabel("Justification")).hasValue(justification);
            Browser.checkAtBothWidths(officer, "conserve-06-evaluation-incomplete");
        }
    }

    /** Signs the applicant in, registers a cooperative and starts a draft; answers the project step's address. */
    static String signInAndStartDraft(Page page, String portal, String title) {
        page.navigate(portal + "/connexion");
        Browser.signIn(page, "porteur");
        page.waitForURL("**/espace");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inscrire une structure")).click();
        page.getByLabel("Entreprise de l'économie sociale et solidaire").check();
        page.getByLabel("Forme juridique").selectOption("COOPERATIVE");
        String organisation = "Coopérative " + title;
        page.getByLabel("Nom de la structure").fill(organisation);
        String siren = Sirens.random();
        page.getByLabel("Numéro SIREN").fill(siren);
        page.getByLabel("Numéro SIRET de l'établissement bénéficiaire").fill(Sirens.siretOf(siren));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire la structure")).click();
        page.waitForURL("**/espace");
        page.getByLabel("Structure porteuse").selectOption(new SelectOption().setLabel(organisation));
        page.getByLabel("Titre du projet").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer le dossier")).click();
        page.waitForURL("**/etapes/projet");
        return page.url();
    }

    /** The person signs out in another tab of the same browser: the session every tab shares ends. */
    private static void signOutInAnotherTab(BrowserContext context, String portal) {
        Page other = context.newPage();
        other.navigate(portal + "/deconnexion");
        assertThat(other.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();
        other.close();
    }
}
