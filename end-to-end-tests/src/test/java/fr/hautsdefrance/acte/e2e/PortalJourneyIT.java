package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The applicant finds their way: a step indicator on the draft, everything entered read back before the
 * deposit. Every page checked for accessibility at 1280 and 360 px.
 */
@ExtendWith(PlatformExtension.class)
class PortalJourneyIT {

    @Test
    void the_draft_shows_which_steps_are_complete_and_reads_everything_back_before_the_deposit(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");
            String siren = PortalApplicantIT.registerCooperative(page, "Coopérative du Ternois",
                    "Saint-Pol-sur-Ternoise (62767)", form -> { });
            AwardSteps.verifiedBySiren(platform, "porteur", siren);
            PortalApplicantIT.startDraft(page, "Coopérative du Ternois", "Conserverie du Ternois");
            String draft = page.url().replace("/etapes/projet", "");

            Locator steps = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Étapes du dossier"));
            assertThat(steps.locator("[aria-current=step]")).containsText("Le projet");
            assertThat(steps.locator("[aria-current=step]")).containsText("étape en cours");
            assertThat(steps).containsText("0 étape complète sur 6");
            page.getByLabel("Résumé").fill("Une conserverie partagée où les maraîchers du Ternois transforment leurs surplus.");
            page.locator("input[name=stage][value=EMERGENCE]").check();
            page.getByLabel("Commune 1").fill("Saint-Pol-sur-Ternoise (62767)");
            page.getByLabel("Date de début").fill("2027-03-01");
            page.getByLabel("Date de fin").fill("2028-06-30");
            PortalApplicantIT.continueTo(page, "partenaires");

            assertThat(steps).containsText("1 étape complète sur 6");
            assertThat(steps.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Le projet")))
                    .containsText("complète");
            assertThat(steps.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Les dépenses")))
                    .containsText("à compléter");
            assertThat(steps.locator("[aria-current=step]")).containsText("Les partenaires");
            page.getByLabel("Nom du partenaire 1").fill("Ville de Saint-Pol");
            page.getByLabel("Nature du partenaire 1").selectOption("PUBLIC_AUTHORITY");
            page.getByLabel("Nom du partenaire 2").fill("Maraîchers du Ternois");
            page.getByLabel("Nature du partenaire 2").selectOption("COMPANY");
            Browser.checkAtBothWidths(page, "parcours-01-indicateur-d-etapes");
            Browser.forReadme(page, "etape-indicateur");
            PortalApplicantIT.continueTo(page, "budget");

            page.getByLabel("Nature de la dépense 1").selectOption("OPERATING");
            page.getByLabel("Libellé de la dépense 1").fill("Coordination");
            page.getByLabel("Montant de la dépense 1").fill("42000");
            page.getByLabel("Nature de la dépense 2").selectOption("EXTERNAL_SERVICES");
            page.getByLabel("Libellé de la dépense 2").fill("Étude de faisabilité");
            page.getByLabel("Montant de la dépense 2").fill("18000");
            PortalApplicantIT.continueTo(page, "financement");

            page.getByLabel("Origine de la ressource 1").selectOption("REGION_ACTE");
            page.getByLabel("Montant de la ressource 1").fill("30000");
            page.getByLabel("Origine de la ressource 2").selectOption("OWN_FUNDS");
            page.getByLabel("Montant de la ressource 2").fill("30000");
            page.getByLabel("Montant demandé à la Région (€)").fill("30000");
            page.getByLabel("Je certifie sur l'honneur", new Page.GetByLabelOptions().setExact(false)).check();
            PortalApplicantIT.continueTo(page, "pieces");

            String id = draft.substring(draft.lastIndexOf('/') + 1);
            for (String type : List.of("STATUTES", "RIB", "KBIS", "BUDGET", "LAST_ACCOUNTS")) {
                platform.as("porteur", Service.APPLICATION).multiPart("type", type)
                        .multiPart("file", type.toLowerCase() + ".pdf", AwardSteps.PDF, "application/pdf")
                        .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
            }
            page.navigate(draft + "/etapes/depot");
            assertThat(steps).containsText("5 étapes complètes sur 6");
            Locator summary = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Récapitulatif de votre demande"));
            assertThat(summary).containsText("Conserverie du Ternois");
            assertThat(summary).containsText("Saint-Pol-sur-Ternoise");
            assertThat(summary).containsText("Émergence");
            assertThat(summary).containsText("Maraîchers du Ternois");
            assertThat(summary).containsText("Étude de faisabilité");
            assertThat(summary).containsText("42 000,00");
            assertThat(summary).containsText("60 000,00");
            assertThat(summary).containsText("kbis.pdf");
            Browser.checkAtBothWidths(page, "parcours-02-recapitulatif");
            Browser.forReadme(page, "recapitulatif");

            summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Modifier : Les dépenses")).click();
            page.waitForURL("**/etapes/budget");
            assertThat(page.getByLabel("Montant de la dépense 1")).hasValue("42000.00");
        }
    }

    @Test
    void each_required_piece_has_its_own_slot_saying_why_and_whether_it_was_received(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");
            String siren = PortalApplicantIT.registerCooperative(page, "Coopérative de l'Avesnois", "Avesnes-sur-Helpe (59036)",
                    form -> { });
            AwardSteps.verifiedBySiren(platform, "porteur", siren);
            PortalApplicantIT.startDraft(page, "Coopérative de l'Avesnois", "Fromagerie coopérative de l'Avesnois");
            page.navigate(page.url().replace("/etapes/projet", "/etapes/pieces"));

            Locator slots = page.locator("ul.pieces > li");
            assertThat(slots).hasCount(5);
            Locator statutes = slots.filter(new Locator.FilterOptions().setHasText("Statuts signés"));
            assertThat(statutes).containsText("Manquante");
            assertThat(statutes).containsText("la Région vérifie qu'elle peut bénéficier d'ACTE");
            // Required pieces are not offered again in the menu of optional ones.
            assertThat(page.locator("#type option[value=STATUTES]")).hasCount(0);

            page.getByLabel("Fichier : Statuts signés").setInputFiles(new FilePayload("statuts-2024.pdf", "application/pdf",
                    AwardSteps.PDF));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre : Statuts signés")).click();
            assertThat(statutes).containsText("Reçue");
            assertThat(statutes.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("statuts-2024.pdf")))
                    .isVisible();

            // Sent without a file: the message is in the RIB's own slot, linked to its field.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre : Relevé d'identité bancaire (RIB)"))
                    .click();
            Locator rib = page.locator("ul.pieces > li").filter(new Locator.FilterOptions().setHasText("Relevé d'identité bancaire"));
            assertThat(rib.locator(".field-error")).containsText("Choisissez le fichier à joindre.");
            assertThat(page.getByLabel("Fichier : Relevé d'identité bancaire (RIB)"))
                    .hasAttribute("aria-describedby", "file-RIB-error");
            assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Erreur : "));
            Browser.checkAtBothWidths(page, "parcours-03-piece-refusee");

            page.getByLabel("Type de pièce").selectOption("PARTNER_LETTER");
            page.getByLabel("Fichier", new Page.GetByLabelOptions().setExact(true)).setInputFiles(
                    new FilePayload("lettre-fromagers.pdf", "application/pdf", AwardSteps.PDF));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joindre la pièce facultative")).click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("lettre-fromagers.pdf"))).isVisible();
            assertThat(page.locator("ul.pieces > li")).hasCount(5);
            Browser.checkAtBothWidths(page, "parcours-04-pieces");
            Browser.forReadme(page, "pieces");
        }
    }

    @Test
    void the_simulator_suggests_communes_and_its_answers_fill_the_new_draft_after_signing_in(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        AwardSteps.organisation(platform, "porteur", "Coopérative de la Gohelle", Sirens.random());
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/simulateur");
            page.getByLabel("Numéro SIREN").fill("123456782");
            // Typed as a person types: each key asks the server for the matching communes.
            page.waitForResponse(response -> response.url().contains("/communes?"),
                    () -> page.locator("#commune").pressSequentially("Béthu", new Locator.PressSequentiallyOptions().setDelay(60)));
            assertThat(page.locator("#commune-options option[value='Béthune (62119)']")).hasCount(1);
            page.locator("#commune").fill("Béthune (62119)");
            page.getByLabel("Dans un quartier prioritaire de la politique de la ville").check();
            page.getByLabel("Nom du partenaire 1").fill("Ville de Béthune");
            page.getByLabel("Nature du partenaire 1").selectOption("PUBLIC_AUTHORITY");
            page.getByLabel("Nom du partenaire 2").fill("Régie de quartier du Mont-Liébaut");
            page.getByLabel("Nature du partenaire 2").selectOption("ESS");
            page.getByLabel("Nature de la dépense 1").selectOption("OPERATING");
            page.getByLabel("Montant de la dépense 1").fill("50000");
            page.getByLabel("Montant demandé à la Région (€)").fill("25000");
            page.getByLabel("Montant demandé à la Région (€)").press("Tab");
            assertThat(page.locator("#resultat")).containsText("Votre projet semble éligible");
            Browser.checkAtBothWidths(page, "parcours-05-simulateur");
            Browser.forReadme(page, "simulateur");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Créer mon dossier")).click();
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace/nouveau-dossier?**");
            Locator answers = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Vos réponses au simulateur"));
            assertThat(answers).containsText("Béthune (62119)");
            assertThat(answers).containsText("Régie de quartier du Mont-Liébaut");
            assertThat(answers).containsText("25 000,00");
            Browser.checkAtBothWidths(page, "parcours-06-dossier-depuis-simulation");
            page.getByLabel("Structure porteuse").selectOption(new com.microsoft.playwright.options.SelectOption()
                    .setLabel("Coopérative de la Gohelle"));
            page.getByLabel("Titre du projet").fill("Recyclerie du Mont-Liébaut");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer le dossier")).click();

            page.waitForURL("**/etapes/projet");
            assertThat(page.getByLabel("Titre du projet")).hasValue("Recyclerie du Mont-Liébaut");
            assertThat(page.getByLabel("Commune 1")).hasValue("Béthune (62119)");
            assertThat(page.locator("input[name=stage][value=EMERGENCE]")).isChecked();
            assertThat(page.getByLabel("Dans un quartier prioritaire de la politique de la ville")).isChecked();
            PortalApplicantIT.continueTo(page, "partenaires");
            assertThat(page.getByLabel("Nom du partenaire 2")).hasValue("Régie de quartier du Mont-Liébaut");
            assertThat(page.getByLabel("Nature du partenaire 2")).hasValue("ESS");
            PortalApplicantIT.continueTo(page, "budget");
            assertThat(page.getByLabel("Nature de la dépense 1")).hasValue("OPERATING");
            assertThat(page.getByLabel("Montant de la dépense 1")).hasValue("50000.00");
            PortalApplicantIT.continueTo(page, "financement");
            assertThat(page.getByLabel("Montant demandé à la Région (€)")).hasValue("25000.00");
        }
    }

    @Test
    void the_file_page_tells_the_applicant_what_happened_and_what_comes_next_by_when(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String organisation = AwardSteps.organisation(platform, "porteuse", "Coopérative des Deux Caps", Sirens.random());
        String id = AwardSteps.submitted(platform, "porteuse", organisation, "40000.00");
        AwardSteps.review(platform, id);
        java.time.LocalDate deadline = AwardSteps.today().plusDays(20);
        String request = platform.as("instructeur", Service.APPLICATION).contentType(io.restassured.http.ContentType.JSON)
                .body("""
                        {"message":"Merci de préciser le rôle des artisans.","items":["Lettre des artisans"],
                         "deadline":"%s"}""".formatted(deadline))
                .post("/api/v1/applications/{id}/information-requests", id).then().statusCode(200).extract().path("id");
        String file = portal + "/espace/dossiers/" + id;
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteuse");
            page.waitForURL("**/espace");
            page.navigate(file);
            Locator timeline = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Suivi de votre dossier"));
            assertThat(timeline.locator("#prochaine-etape")).containsText("répondez à la demande de compléments");
            assertThat(timeline.locator("#prochaine-etape")).containsText("Répondez avant le "
                    + deadline.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE)));
            assertThat(timeline).containsText("Dossier déposé");
            assertThat(timeline).containsText("Merci de préciser le rôle des artisans.");

            platform.as("porteuse", Service.APPLICATION).contentType(io.restassured.http.ContentType.JSON)
                    .body("{\"answer\":\"Les artisans encadrent les ateliers du samedi.\"}")
                    .post("/api/v1/applications/{id}/information-requests/{r}/answer", id, request).then().statusCode(200);
            AwardSteps.assess(platform, id, "40000.00");
            String deliberation = AwardSteps.award(platform, id, "40000.00");
            AwardSteps.acceptAgreement(platform, "porteuse", id);

            page.navigate(file);
            // The request answered stays in sight, with its answer, among the decisions.
            assertThat(timeline).containsText("Merci de préciser le rôle des artisans.");
            assertThat(timeline).containsText("Vous avez répondu à la demande de compléments");
            assertThat(timeline).containsText("Les artisans encadrent les ateliers du samedi.");
            assertThat(timeline).containsText("Décision : subvention attribuée");
            assertThat(timeline).containsText(deliberation);
            assertThat(timeline).containsText("40 000,00");
            assertThat(timeline).containsText("Convention signée par la Région");
            assertThat(timeline.locator("#prochaine-etape")).containsText("demandez vos versements");
            List<String> titles = timeline.locator("ol.timeline > li strong").allTextContents();
            org.assertj.core.api.Assertions.assertThat(titles).containsSubsequence("Dossier déposé",
                    "La Région vous demande des compléments", "Vous avez répondu à la demande de compléments",
                    "Décision : subvention attribuée", "Convention signée par la Région");
            // The history names every step in French, the deliberation's enforceability and the Region's signature too.
            assertThat(page.locator("main")).not().containsText("DECISION_ENFORCEABLE");
            assertThat(page.locator("main")).not().containsText("AGREEMENT_COUNTERSIGNED");
            Browser.checkAtBothWidths(page, "parcours-07-suivi-du-dossier");
            Browser.forReadme(page, "suivi-du-dossier");

            Page officer = browser.newPage(false);
            officer.navigate(portal + "/connexion");
            Browser.signIn(officer, "instructeur");
            officer.waitForURL("**/instruction");
            Browser.check(officer, "parcours-08-file-d-attente");
            Browser.forReadme(officer, "file-d-attente");
        }
    }
}
