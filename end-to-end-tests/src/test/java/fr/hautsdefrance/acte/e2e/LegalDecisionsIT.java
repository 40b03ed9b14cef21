package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static fr.hautsdefrance.acte.e2e.AwardSteps.EVENTUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * French administrative law across the running services: a file the rules refuse is deposited,
 * receipted and refused with a letter; a request left unanswered past its deadline ends in a
 * classement sans suite, the service's clock moved forward to see the deadline pass.
 */
@ExtendWith(PlatformExtension.class)
class LegalDecisionsIT {

    @Test
    void a_file_the_rules_refuse_is_deposited_receipted_assessed_and_refused_with_a_letter(RunningPlatform platform) {
        String organisation = AwardSteps.organisation(platform, "porteur", "Coopérative du Terril", Sirens.random());
        // 45,000 € asked on an eligible base of 80,000 €: more than the 50 % the rules allow outside rural areas and QPV.
        String id = draft(platform, organisation, "45000.00");
        platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/eligibility", id)
                .then().statusCode(200).body("eligible", equalTo(false));

        platform.as("porteur", Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        byte[] receipt = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/receipt", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(new String(receipt, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        await("the rules' verdict recorded").atMost(EVENTUAL).until(() -> platform.as("instructeur", Service.APPLICATION)
                .get("/api/v1/applications/{id}", id).then().extract().path("eligibility.assessmentId"), notNullValue());
        platform.as("instructeur", Service.APPLICATION).get("/api/v1/applications/{id}", id).then()
                .body("eligibility.eligible", equalTo(false))
                .body("eligibility.failedChecks.code", hasItem("RATE_CAP"));

        platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"reason\":\"Le montant demandé dépasse le taux d'aide du dispositif (50 % de l'assiette).\"}")
                .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        byte[] letter = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/refusal-letter", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertThat(letter.length).isGreaterThan(1000);
        String reference = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().extract().path("reference");
        await("applicant told").atMost(EVENTUAL).untilAsserted(() ->
                platform.as("porteur", Service.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                        .body("title", hasItem("Dossier " + reference + " : votre demande est déclarée irrecevable")));
    }

    @Test
    void in_the_portal_the_applicant_confirms_the_deposit_of_a_file_the_rules_refuse_and_downloads_the_refusal_letter(
            RunningPlatform platform) {
        String organisation = AwardSteps.organisation(platform, "porteur", "Coopérative du Puits 5", Sirens.random());
        String id = draft(platform, organisation, "45000.00");
        String portal = platform.url(Service.APPLICATION);
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter")).click();
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");

            page.navigate(portal + "/espace/dossiers/" + id + "/etapes/depot");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#confirmation"))
                    .containsText("ne remplit pas, en l'état, les conditions du dispositif");
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#confirmation"))
                    .containsText("assiette éligible");
            Browser.check(page, "legal-01-depot-a-confirmer");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer le dossier")).click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#confirmIneligible-error"))
                    .isVisible();
            page.getByLabel("J'ai lu ces points et je confirme vouloir déposer le dossier tel qu'il est.").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déposer le dossier")).click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main"))
                    .containsText("Votre dossier est déposé");
            Download receipt = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger l'accusé de réception (PDF)")).click());
            assertThat(receipt.suggestedFilename()).endsWith(".pdf");

            await("the rules' verdict recorded").atMost(EVENTUAL).until(() -> platform.as("instructeur",
                    Service.APPLICATION).get("/api/v1/applications/{id}", id).then().extract()
                    .path("eligibility.assessmentId"), notNullValue());
            platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON)
                    .body("{\"reason\":\"Le montant demandé dépasse le taux d'aide du dispositif.\"}")
                    .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(200);

            page.navigate(portal + "/espace/dossiers/" + id);
            Browser.check(page, "legal-02-dossier-refuse");
            Download letter = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Télécharger la lettre de refus (PDF)")).click());
            assertThat(letter.suggestedFilename()).endsWith(".pdf");
        }
    }

    @Test
    void a_request_left_unanswered_past_its_deadline_ends_in_a_classement_sans_suite(RunningPlatform platform) {
        String organisation = AwardSteps.organisation(platform, "porteur", "Coopérative des Corons", Sirens.random());
        String id = draft(platform, organisation, "30000.00");
        platform.as("porteur", Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200);
        AwardSteps.review(platform, id);
        LocalDate deadline = LocalDate.now().plusDays(3);
        String request = platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"message":"Merci de joindre la lettre d'engagement de la mairie.","deadline":"%s"}"""
                        .formatted(deadline))
                .post("/api/v1/applications/{id}/information-requests", id).then().statusCode(200).extract().path("id");
        String reference = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().extract().path("reference");

        try {
            platform.as("admin", Service.APPLICATION).contentType(ContentType.JSON).body("{\"days\":5}")
                    .post("/api/v1/clock/advance").then().statusCode(200);
            await("the officer told the answer is overdue").atMost(EVENTUAL).untilAsserted(() ->
                    platform.as("instructeur", Service.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                            .body("title", hasItem("Dossier " + reference + " : réponse attendue depuis le "
                                    + french(deadline))));
            platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/information-requests", id)
                    .then().body("[0].overdue", equalTo(true));

            // The officer, in the portal, sees the answer overdue and closes the file as incomplete.
            String portal = platform.url(Service.APPLICATION);
            try (Browser browser = new Browser()) {
                Page page = browser.newPage(false);
                page.navigate(portal + "/connexion");
                Browser.signIn(page, "instructeur");
                page.waitForURL("**/instruction");
                page.navigate(portal + "/instruction/dossiers/" + id);
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main"))
                        .containsText("Réponse attendue depuis le " + french(deadline));
                Browser.check(page, "legal-03-reponse-attendue");
                page.getByLabel("Ou classer le dossier sans suite, pour le motif suivant")
                        .fill("La lettre d'engagement de la mairie n'est pas parvenue.");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Classer sans suite")).click();
                com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("main"))
                        .containsText("Le dossier est classé sans suite");
            }
            platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id).then()
                    .body("status", equalTo("CLOSED_AS_INCOMPLETE"));
            platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/closure-letter", id)
                    .then().statusCode(200).contentType("application/pdf");
            platform.as("porteur", Service.APPLICATION).contentType(ContentType.JSON)
                    .body("{\"answer\":\"La voici, en retard.\"}")
                    .post("/api/v1/applications/{id}/information-requests/{rid}/answer", id, request)
                    .then().statusCode(422).body("detail", containsString("classé sans suite"));
            await("applicant told of the closure").atMost(EVENTUAL).untilAsserted(() ->
                    platform.as("porteur", Service.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                            .body("title", hasItem("Dossier " + reference + " : classement sans suite")));
        } finally {
            platform.as("admin", Service.APPLICATION).delete("/api/v1/clock").then().statusCode(200);
        }
    }

    private static String draft(RunningPlatform platform, String organisation, String amount) {
        return AwardSteps.draft(platform, "porteur", organisation, amount);
    }

    private static String french(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE));
    }
}
