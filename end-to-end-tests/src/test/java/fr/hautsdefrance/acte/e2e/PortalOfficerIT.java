package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The Region's side in a real browser: the officer instructs a submitted file, the manager puts it
 * on a Commission permanente session and records the vote, the applicant accepts the agreement.
 * Every page is checked for accessibility; each person has their own browser session.
 */
@ExtendWith(PlatformExtension.class)
class PortalOfficerIT {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void an_officer_instructs_a_manager_has_it_voted_and_the_applicant_accepts_the_agreement(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String id = submittedFile(platform);
        String reference = platform.as("instructeur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().extract().path("reference");

        try (Browser browser = new Browser()) {
            Page officer = browser.newPage(false);
            officer.navigate(portal + "/connexion");
            Browser.signIn(officer, "instructeur");
            officer.waitForURL("**/instruction");
            Browser.check(officer, "20-file-d-attente");
            officer.getByLabel("Référence, projet ou structure").fill(reference);
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            Browser.check(officer, "21-dossier-projet");
            // The commune by its name, as the officer knows it, not the INSEE code alone.
            assertThat(officer.locator("main")).containsText("Lens (62498)");

            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir l'instruction")).click();
            assertThat(officer.locator("main")).containsText("L'instruction est ouverte");
            for (String tab : List.of("Budget", "Pièces", "Éligibilité", "Messages", "Notes privées", "Versements", "Historique")) {
                officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tab).setExact(true)).click();
                Browser.checkAtBothWidths(officer, "22-dossier-" + slug(tab));
            }
            assertThat(officer.locator("main")).containsText("Instruction ouverte");

            officer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Projet et instruction")).click();
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation")).click();
            assertThat(officer.locator(".error-summary")).containsText("Proposez un montant en euros");
            Browser.check(officer, "23-evaluation-incomplete");
            for (String criterion : List.of("cooperation", "localAnchoring", "inhabitantsInvolvement",
                    "nonRelocatableActivity", "swarmingPotential")) {
                officer.locator("#" + criterion).selectOption("3");
            }
            officer.getByLabel("Montant proposé (€)").fill("30000");
            officer.getByLabel("Justification").fill("Coopération réelle entre la ville, les habitants et la coopérative.");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer l'évaluation")).click();
            assertThat(officer.locator("h1")).containsText("Instruit");

            Page manager = browser.newPage(false);
            manager.navigate(portal + "/connexion");
            Browser.signIn(manager, "responsable");
            manager.waitForURL("**/instruction");
            manager.navigate(portal + "/instruction/commissions");
            LocalDate today = AwardSteps.today();
            manager.getByLabel("Intitulé").fill("Commission permanente du " + today);
            manager.getByLabel("Date de la séance").fill(today.toString());
            manager.getByLabel("Enveloppe (€)").fill("500000");
            Browser.check(manager, "24-seances");
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer la séance")).click();
            manager.waitForURL("**/instruction/commissions/*");
            manager.getByLabel("Dossier", new Page.GetByLabelOptions().setExact(true)).selectOption(id);
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inscrire à la séance")).click();
            assertThat(manager.locator("main")).containsText(reference);
            assertThat(manager.locator("main")).containsText("En attente de la séance");
            Browser.check(manager, "25-seance");
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir la séance")).click();
            assertThat(manager.locator("main")).containsText("Tenue");
            String deliberation = AwardSteps.deliberationNumber();
            manager.getByLabel("N° de délibération").fill(deliberation);
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le vote")).click();
            // Refused (no decision chosen): the vote's form comes back with what was typed.
            assertThat(manager.locator("main")).containsText("Indiquez la décision et le numéro de délibération");
            assertThat(manager.getByLabel("N° de délibération")).hasValue(deliberation);
            Browser.checkAtBothWidths(manager, "26a-vote-incomplet");
            manager.locator("fieldset#vote-" + id + " input[value=APPROVED]").check();
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le vote")).click();
            assertThat(manager.locator("main")).containsText("Subvention attribuée");
            assertThat(manager.locator("main")).containsText("30 000,00");
            Browser.check(manager, "26-seance-votee");
            manager.getByLabel("Date de publication").fill(today.toString());
            manager.getByLabel("Date de transmission au contrôle de légalité").fill(today.toString());
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer").setExact(true)).click();
            assertThat(manager.locator("main")).containsText("délibérations exécutoires depuis le");
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clore la séance")).click();
            assertThat(manager.locator("main")).containsText("Close");
            Download minutes = manager.waitForDownload(() -> manager.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Procès-verbal (PDF)")).click());
            org.assertj.core.api.Assertions.assertThat(minutes.suggestedFilename()).startsWith("proces-verbal-");
            Browser.check(manager, "26b-seance-close");

            Page applicant = browser.newPage(false);
            applicant.navigate(portal + "/connexion");
            Browser.signIn(applicant, "porteuse");
            applicant.waitForURL("**/espace");
            applicant.navigate(portal + "/espace/dossiers/" + id);
            assertThat(applicant.locator("main")).containsText("vous a attribué");
            // The grant's badge is coloured as good news, and says it in words.
            assertThat(applicant.locator("h1 .status-tag")).hasClass(java.util.regex.Pattern.compile("\\bpositive\\b"));
            assertThat(applicant.locator("h1 .status-tag")).hasText("Subvention attribuée");
            Browser.check(applicant, "27-decision");
            applicant.getByLabel("J'ai lu la convention et je l'accepte", new Page.GetByLabelOptions().setExact(false)).check();
            applicant.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter la convention")).click();
            assertThat(applicant.locator("main")).containsText("Convention acceptée par");
            assertThat(applicant.locator("main")).containsText("En attente de signature par la Région");
            Browser.check(applicant, "28-convention-acceptee");

            manager.navigate(portal + "/instruction/dossiers/" + id);
            manager.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signer la convention au nom de la Région"))
                    .click();
            assertThat(manager.locator("main")).containsText("Convention signée au nom de la Région par");
            Browser.check(manager, "28b-convention-signee");
        }
        platform.as("responsable", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"));
    }

    @Test
    void finance_staff_read_files_but_are_offered_no_instruction_action(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String id = submittedFile(platform);
        try (Browser browser = new Browser()) {
            Page finance = browser.newPage(false);
            finance.navigate(portal + "/connexion");
            Browser.signIn(finance, "finance");
            finance.waitForURL("**/instruction");
            finance.navigate(portal + "/instruction/dossiers/" + id);
            assertThat(finance.locator("main")).containsText("Déposé");
            assertThat(finance.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir l'instruction")))
                    .hasCount(0);
            Browser.check(finance, "29-dossier-lecture-seule");

            // The button is hidden; the action itself is refused too, even sent with a valid form token.
            String token = (String) finance.evaluate("() => JSON.parse(document.body.getAttribute('hx-headers'))['X-CSRF-Token']");
            com.microsoft.playwright.APIResponse forced = finance.request().post(
                    portal + "/instruction/dossiers/" + id + "/instruction",
                    com.microsoft.playwright.options.RequestOptions.create().setForm(
                            com.microsoft.playwright.options.FormData.create().set("csrf", token)));
            org.assertj.core.api.Assertions.assertThat(forced.status()).isEqualTo(403);
        }
        platform.as("instructeur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    /** An applicant's complete file, written and submitted through the API, its eligibility recorded. */
    static String submittedFile(RunningPlatform platform) {
        String siren = Sirens.random();
        String organisation = platform.as("porteuse", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"name":"Coopérative des jardins de Lens","applicantType":"ESS_ENTERPRISE",
                         "legalForm":"COOPERATIVE","siren":"%s","siret":"%s","communeCode":"62498"}"""
                        .formatted(siren, Sirens.siretOf(siren)))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        AwardSteps.verified(platform, "porteuse", organisation);
        String id = platform.as("porteuse", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"organisationId":"%s","title":"Jardins partagés de la cité 12",
                         "summary":"Des jardins cultivés avec les habitants, les écoles et un maraîcher voisin.",
                         "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,
                                    "startDate":"2027-03-01","endDate":"2028-06-30",
                                    "partners":[{"name":"Ville de Lens","category":"PUBLIC_AUTHORITY"},
                                                {"name":"Amicale des habitants","category":"INHABITANTS"}]},
                         "expenses":[{"category":"OPERATING","label":"Coordination","amount":40000.00},
                                     {"category":"EXTERNAL_SERVICES","label":"Formation","amount":20000.00}],
                         "funding":[{"source":"REGION_ACTE","amount":30000.00},{"source":"OWN_FUNDS","amount":30000.00}],
                         "requestedAmount":30000.00,"deMinimisCertified":true}""".formatted(organisation))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        for (String type : List.of("STATUTES", "RIB", "KBIS", "BUDGET", "LAST_ACCOUNTS")) {
            platform.as("porteuse", Service.APPLICATION).multiPart("type", type)
                    .multiPart("file", type.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
        }
        platform.as("porteuse", Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        await("eligibility recorded").atMost(Duration.ofSeconds(60)).until(() -> platform.as("instructeur",
                Service.APPLICATION).get("/api/v1/applications/{id}", id).then().extract().path("eligibility.maxGrant"),
                notNullValue());
        return id;
    }

    private static String slug(String tab) {
        return java.text.Normalizer.normalize(tab, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase().replace(' ', '-');
    }
}
