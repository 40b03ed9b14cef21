package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.hautsdefrance.acte.e2e.AwardSteps.EVENTUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After the agreement, in a real browser: the beneficiary opens the Versements page of the file,
 * mistypes the IBAN and is told so on the field, enters the RIB, requests the advance (a double
 * submit makes no second request), then reads the platform's notices and marks one read. Every
 * page is checked for accessibility; payment-service is asked, as finance, what it really holds.
 */
@ExtendWith(PlatformExtension.class)
class PortalPaymentsIT {

    private static final String MISTYPED_IBAN = "FR14 2004 1010 0505 0001 3M02 607";

    @Test
    void a_beneficiary_enters_the_rib_requests_the_advance_and_reads_the_notices(RunningPlatform platform) {
        String portal = platform.url(Service.APPLICATION);
        String grant = AwardSteps.signedAgreement(platform, "porteur", "Recyclerie coopérative de Billy-Montigny",
                Sirens.random(), "40000.00");

        try (Browser browser = new Browser()) {
            Page page = browser.newPage(false);
            page.navigate(portal + "/connexion");
            Browser.signIn(page, "porteur");
            page.waitForURL("**/espace");
            page.navigate(portal + "/espace/dossiers/" + grant);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Coordonnées bancaires et demandes de versement")).click();
            page.waitForURL("**/espace/dossiers/" + grant + "/versements");
            // The signed agreement reaches payment-service through Kafka: until then the page says the grant is opening.
            await("the grant opened in payment-service").atMost(EVENTUAL).until(() -> {
                page.reload();
                return page.locator("#avance").count() > 0;
            });
            assertThat(page.locator("#subvention + dl")).containsText("40 000,00");
            assertThat(page.locator("#subvention + dl")).containsText("12 000,00");
            // At 360 px the tables scroll sideways, and a keyboard reaches them (scrollable-region-focusable).
            Browser.checkAtBothWidths(page, "40-versements");

            fillBankDetails(page, MISTYPED_IBAN);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les coordonnées bancaires")).click();
            assertThat(page.locator(".error-summary")).containsText("clé de contrôle de l'IBAN");
            assertThat(page.locator("#iban")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#iban-error")).containsText("mal recopié");
            assertThat(page.locator("#holderName")).hasValue("Recyclerie coopérative de Billy-Montigny");
            Browser.check(page, "41-iban-errone");

            page.locator("#iban").fill(PaymentFlowIT.IBAN);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les coordonnées bancaires")).click();
            assertThat(page.locator("main [role=status]")).containsText("Vos coordonnées bancaires sont enregistrées");
            assertThat(page.locator("#banque ~ .table-scroll")).containsText("FR14 **** **** **** **** ***2 606");
            assertThat(page.locator("#banque ~ .table-scroll")).containsText("En attente de vérification");
            Browser.check(page, "42-coordonnees-en-attente");

            // The form as rendered, to send it a second time as a double click would.
            Locator form = page.locator("form:has(#avance)");
            Map<String, String> fields = Map.of("csrf", form.locator("input[name=csrf]").inputValue(),
                    "kind", "ADVANCE", "idempotencyKey", form.locator("input[name=idempotencyKey]").inputValue());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Demander l'avance de 12 000,00 €")).click();
            assertThat(page.locator("main [role=status]")).containsText("Votre demande d'avance est enregistrée");
            assertThat(page.locator("#echeancier ~ .table-scroll tr", new Page.LocatorOptions().setHasText("Avance")))
                    .containsText("Liquidé, mandat en préparation");
            assertThat(page.locator("#demander ~ p.notice")).containsText("une demande de versement à la fois");
            Browser.check(page, "43-avance-demandee");
            FormData again = FormData.create();
            fields.forEach(again::set);
            assertThat(page.request().post(portal + "/espace/dossiers/" + grant
                    + "/versements/demandes", RequestOptions.create().setForm(again)).status()).isEqualTo(200);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes notifications")).click();
            page.waitForURL("**/mes-notifications");
            Locator unread = page.locator("li.unread", new Page.LocatorOptions()
                    .setHas(page.locator("a[href='/dossiers/" + grant + "']")));
            await("a notice about the file").atMost(EVENTUAL).until(() -> {
                page.reload();
                return unread.count() > 0;
            });
            assertThat(page.getByRole(AriaRole.NAVIGATION)).containsText("non lue");
            Browser.check(page, "44-notifications");
            String noticeId = unread.first().getAttribute("id");
            unread.first().getByRole(AriaRole.BUTTON).click();
            assertThat(page.locator("main [role=status]")).containsText("La notification est marquée comme lue");
            assertThat(page.locator("#" + noticeId)).hasClass("read");
            assertThat(page.locator("#" + noticeId)).containsText("lue le");
            Browser.check(page, "45-notification-lue");
        }

        JsonPath held = platform.as("finance", Service.PAYMENT).get("/api/v1/grants/{id}", grant).then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> advances = held.getList("payments.findAll { it.kind == 'ADVANCE' }");
        assertThat(advances).as("one advance, requested once").singleElement()
                .satisfies(p -> {
                    assertThat(p.get("status")).isEqualTo("VALIDATED");
                    assertThat(p.get("requestedBy")).isNotNull();
                    assertThat(p.get("requestedAt")).isNotNull();
                });
        assertThat(held.getList("bankAccounts.iban")).containsExactly(PaymentFlowIT.IBAN);
        assertThat(held.getList("bankAccounts.status")).containsExactly("PENDING");
    }

    private static void fillBankDetails(Page page, String iban) {
        page.locator("#holderName").fill("Recyclerie coopérative de Billy-Montigny");
        page.locator("#iban").fill(iban);
        page.locator("#bic").fill("PSSTFRPPLIL");
        page.locator("#buildingNumber").fill("12");
        page.locator("#streetName").fill("Rue de la Fosse 9");
        page.locator("#postCode").fill("62420");
        page.locator("#townName").fill("Billy-Montigny");
    }
}
