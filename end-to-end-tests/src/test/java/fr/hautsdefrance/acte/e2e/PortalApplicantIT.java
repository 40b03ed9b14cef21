package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant's journey in a real browser, from the public simulator to a submitted file and its
 * receipt, every page checked for accessibility.
 */
@ExtendWith(PlatformExtension.class)
class PortalApplicantIT {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void a_volunteer_simulates_signs_in_registers_writes_submits_and_downloads_the_receipt(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/");
            Browser.check(page, "01-accueil");
            Browser.forReadme(page, "accueil");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vérifier si mon projet est éligible")).click();
            page.getByLabel("Numéro SIREN").fill("123456782");
            page.locator("#commune").fill("Lens (62498)");
            page.getByLabel("Dans un quartier prioritaire de la politique de la ville").check();
            page.getByLabel("Nom du partenaire 1").fill("Mairie de Lens");
            page.getByLabel("Nature du partenaire 1").selectOption("PUBLIC_AUTHORITY");
            page.getByLabel("Nom du partenaire 2").fill("Collectif d'habitants");
            page.getByLabel("Nature du partenaire 2").selectOption("INHABITANTS");
            page.getByLabel("Nature de la dépense 1").selectOption("OPERATING");
            page.getByLabel("Montant de la dépense 1").fill("60000");
            page.getByLabel("Montant demandé à la Région (€)").fill("30000");
            page.getByLabel("Montant demandé à la Région (€)").press("Tab");
            assertThat(page.locator("#resultat")).containsText("Votre projet semble éligible");
            assertThat(page.locator("#resultat")).containsText("36 000,00");
            Browser.check(page, "02-simulateur");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter")).click();
            Browser.check(page, "03-connexion");
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");
            Browser.check(page, "04-espace");

            String siren = registerCooperative(page, "Coopérative des Terrils", "Liévin (62510)",
                    form -> Browser.check(form, "05-structure"));
            // The Region's officer verifies the new organisation before its first deposit (PortalClaimsIT).
            AwardSteps.verifiedBySiren(platform, "porteur", siren);
            assertThat(page.locator("main")).containsText("Coopérative des Terrils");
            startDraft(page, "Coopérative des Terrils", "Épicerie solidaire des Terrils");
            page.getByLabel("Résumé").fill("Une épicerie coopérative tenue avec les habitants, approvisionnée par les maraîchers voisins.");
            page.locator("input[name=stage][value=EMERGENCE]").check();
            page.getByLabel("Commune 1").fill("Liévin (62510)");
            page.getByLabel("Dans un quartier prioritaire de la politique de la ville").check();
            page.getByLabel("Date de début").fill("2027-02-01");
            page.getByLabel("Date de fin").fill("2028-07-31");
            Browser.check(page, "06-etape-projet");
            continueTo(page, "partenaires");

            page.getByLabel("Nom du partenaire 1").fill("Ville de Liévin");
            page.getByLabel("Nature du partenaire 1").selectOption("PUBLIC_AUTHORITY");
            page.getByLabel("Nom du partenaire 2").fill("Association des habitants du 12");
            page.getByLabel("Nature du partenaire 2").selectOption("INHABITANTS");
            Browser.check(page, "07-etape-partenaires");
            continueTo(page, "budget");

            page.getByLabel("Nature de la dépense 1").selectOption("OPERATING");
            page.getByLabel("Libellé de la dépense 1").fill("Coordination");
            page.getByLabel("Montant de la dépense 1").fill("40000");
            page.getByLabel("Nature de la dépense 2").selectOption("EXTERNAL_SERVICES");
            page.getByLabel("Libellé de la dépense 2").fill("Étude de marché");
            page.getByLabel("Montant de la dépense 2").fill("20000");
            page.getByLabel("Montant de la dépense 2").press("Tab");
            assertThat(page.locator("#budget-summary")).containsText("36 000,00");
            Browser.check(page, "08-etape-depenses");
            Browser.forReadme(page, "etape-depenses");
            continueTo(page, "financement");

            page.getByLabel("Origine de la ressource 1").selectOption("REGION_ACTE");
            page.getByLabel("Montant de la ressource 1").fill("30000");
            page.getByLabel("Origine de la ressource 2").selectOption("OWN_FUNDS");
            page.getByLabel("Montant de la ressource 2").fill("30000");
            page.getByLabel("Montant demandé à la Région (€)").fill("30000");
            page.getByLabel("Organisme qui a accordé l'aide 1").fill("Département du Pas-de-Calais");
            page.getByLabel("Date d'octroi de l'aide 1").fill(java.time.LocalDate.now().minusYears(1).toString());
            page.getByLabel("Montant de l'aide 1").fill("12000");
            page.getByLabel("Je certifie sur l'honneur", new Page.GetByLabelOptions().setExact(false)).check();
            Browser.check(page, "09-etape-financement");
            continueTo(page, "pieces");

            for (String piece : List.of("Statuts signés", "Relevé d'identité bancaire (RIB)", "Extrait K-bis",
                    "Budget prévisionnel du projet", "Derniers comptes approuvés")) {
                String fileName = piece.substring(0, 4).toLowerCase() + ".pdf";
                page.getByLabel("Fichier : " + piece).setInputFiles(new FilePayload(fileName, "application/pdf", PDF));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre : " + piece)).click();
                // The step's address does not change: the next piece is joined once this one is listed.
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName(fileName).setExact(true))).isVisible();
            }
            Browser.check(page, "10-etape-pieces");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Continuer")).click();
            assertThat(page.locator("main")).containsText("Le projet est éligible");
            assertThat(page.locator("main")).containsText("Le dossier est complet");
            Browser.check(page, "11-etape-depot");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer le dossier")).click();
            assertThat(page.locator("main")).containsText("Votre dossier est déposé");
            Browser.check(page, "12-dossier-depose");
            Browser.forReadme(page, "dossier-depose");
            Download receipt = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger l'accusé de réception (PDF)")).click());
            assertThat(receipt.suggestedFilename()).startsWith("accuse-de-reception-ACTE-").endsWith(".pdf");

            page.navigate(portal + "/espace");
            assertThat(page.locator("main")).containsText("Déposé");
        }
    }

    @Test
    void the_public_pages_fit_a_360_pixel_phone(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page phone = browser.newPage(true);
            for (String path : List.of("/", "/simulateur", "/accessibilite", "/mentions-legales", "/donnees-personnelles",
                    "/cookies")) {
                phone.navigate(portal + path);
                Browser.check(phone, "mobile" + path.replace('/', '-'));
                Object overflow = phone.evaluate("() => document.documentElement.scrollWidth");
                assertThat(((Number) overflow).intValue()).as("page width of " + path).isLessThanOrEqualTo(360);
            }
        }
    }

    @Test
    void a_step_sent_while_its_autosave_is_on_its_way_waits_for_the_answer_and_moves_on(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");
            registerCooperative(page, "Coopérative du Pévèle", "Orchies (59449)", form -> { });
            startDraft(page, "Coopérative du Pévèle", "Tiers-lieu du Pévèle");
            String projectStep = page.url();

            // The autosave reaches the server (the draft's version moves on) but its answer is held back
            // until the button has been pressed: the button's request must not go out with the old version.
            AtomicReference<Runnable> answerAutosave = new AtomicReference<>();
            page.route("**/etapes/projet", route -> {
                if (route.request().headerValue("hx-request") == null) {
                    route.resume();
                    return;
                }
                APIResponse saved = route.fetch();
                answerAutosave.set(() -> route.fulfill(new Route.FulfillOptions().setResponse(saved)));
            });
            page.getByLabel("Résumé").fill("Un tiers-lieu où les associations du Pévèle partagent un atelier et une cuisine.");
            page.getByLabel("Résumé").press("Tab");
            page.waitForCondition(() -> answerAutosave.get() != null);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();
            answerAutosave.get().run();

            page.waitForURL("**/etapes/partenaires");
            page.navigate(projectStep);
            assertThat(page.getByLabel("Résumé")).hasValue(
                    "Un tiers-lieu où les associations du Pévèle partagent un atelier et une cuisine.");
        }
    }

    /**
     * Registers a cooperative for the person signed in, from their space; {@code filled} sees the form before
     * it is sent. Returns its SIREN.
     */
    static String registerCooperative(Page page, String name, String commune, Consumer<Page> filled) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inscrire une structure")).click();
        page.getByLabel("Entreprise de l'économie sociale et solidaire").check();
        page.getByLabel("Forme juridique").selectOption("COOPERATIVE");
        page.getByLabel("Nom de la structure").fill(name);
        String siren = Sirens.random();
        page.getByLabel("Numéro SIREN").fill(siren);
        page.getByLabel("Numéro SIRET de l'établissement bénéficiaire").fill(Sirens.siretOf(siren));
        page.locator("#commune").fill(commune);
        filled.accept(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire la structure")).click();
        page.waitForURL("**/espace");
        return siren;
    }

    /** Starts a draft for the organisation from the person's space, and lands on its first step. */
    static void startDraft(Page page, String organisation, String title) {
        page.getByLabel("Structure porteuse").selectOption(new SelectOption().setLabel(organisation));
        page.getByLabel("Titre du projet").fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer le dossier")).click();
        page.waitForURL("**/etapes/projet");
    }

    static void continueTo(Page page, String next) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer et continuer")).click();
        page.waitForURL("**/etapes/" + next);
    }
}
