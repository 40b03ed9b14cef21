package fr.hautsdefrance.acte.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fr.hautsdefrance.acte.e2e.AwardSteps.EVENTUAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The officer's liquidation and the finance desk in a real browser. The officer reviews the balance of
 * an overpaid grant on the file's payments tab (payment-service's refusal of an amount above the
 * realised one shown on the field, then the amount due and the recovery proposed, in French). Two
 * finance officers: finance prepares the mandate of an
 * advance and is refused its approval (the French refusal on the page), finance2 approves it and
 * issues the bordereau, downloads its PES V2 file and imports the accountant's acquit and retour;
 * a titre de recette of an overpaid grant is shown and its collection recorded; the payments export
 * is downloaded. Every page is checked for accessibility at 1280 and 360 px.
 */
@ExtendWith(PlatformExtension.class)
class PortalFinanceIT {

    @Test
    void two_finance_officers_issue_a_mandate_send_its_bordereau_and_collect_a_titre(RunningPlatform platform)
            throws Exception {
        String portal = platform.url(Service.APPLICATION);
        Balance overpaid = balanceAwaitingReview(platform);
        String grant = AwardSteps.signedAgreement(platform, "porteur", "Atelier coopératif de réemploi de Hénin",
                Sirens.random(), "40000.00");
        PaymentFlowIT.awaitOpen(platform, grant);
        PaymentFlowIT.bankDetails(platform, grant);
        String advance = PaymentFlowIT.request(platform, grant, "{\"kind\":\"ADVANCE\"}").then().statusCode(201)
                .extract().path("id");

        try (Browser browser = new Browser()) {
            Page officer = browser.newPage(false);
            officer.navigate(portal + "/connexion");
            Browser.signIn(officer, "instructeur");
            officer.waitForURL("**/instruction");
            officer.navigate(portal + "/instruction/dossiers/" + overpaid.grant() + "?onglet=versements");
            Locator statement = officer.locator("section[aria-labelledby=liquidation-" + overpaid.balance() + "]");
            assertThat(statement).containsText("facture-0.pdf");
            assertThat(statement).containsText("10 000,00");
            Browser.checkAtBothWidths(officer, "58-liquidation");
            // More than the realised amount: payment-service refuses, on the field, with what was typed.
            officer.getByLabel("Montant retenu pour « Dépenses réalisées »").fill("12 000,00");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Certifier le service fait")).click();
            assertThat(officer.locator(".error-summary")).containsText("Le montant retenu doit être compris entre 0");
            assertThat(officer.locator("#acceptedAmount-0-error")).containsText("montant réalisé déclaré");
            assertThat(officer.locator("#acceptedAmount-0")).hasValue("12 000,00");
            assertThat(officer.locator("#acceptedAmount-0")).hasAttribute("aria-invalid", "true");
            Browser.checkAtBothWidths(officer, "59-liquidation-refusee");
            officer.getByLabel("Montant retenu pour « Dépenses réalisées »").fill("10 000,00");
            officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Certifier le service fait")).click();
            assertThat(officer.locator("#liquidation-resultat")).containsText(
                    "montant dû après proratisation au taux voté : 0,00");
            assertThat(officer.locator("#liquidation-resultat")).containsText("un reversement de 7 000,00");
            assertThat(officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Certifier le service fait"))).hasCount(0);
            confirmRecovery(platform, overpaid.grant());

            Page finance = browser.newPage(false);
            finance.navigate(portal + "/connexion");
            Browser.signIn(finance, "finance");
            finance.waitForURL("**/instruction");
            finance.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Service financier : mandats, bordereaux et titres")).click();
            finance.waitForURL("**/instruction/finance");
            Locator toPrepare = rowOf(finance, "a-preparer", grant);
            assertThat(toPrepare).containsText("12 000,00");
            Browser.checkAtBothWidths(finance, "60-finance-mandats");

            toPrepare.getByRole(AriaRole.BUTTON).click();
            assertThat(finance.locator("main [role=status]")).containsText("Le mandat est préparé");
            Locator toApprove = rowOf(finance, "a-approuver", grant);
            assertThat(toApprove).containsText("12 000,00");
            // The same person cannot approve what they prepared: payment-service refuses, the page says why.
            toApprove.getByRole(AriaRole.BUTTON).click();
            assertThat(finance.locator(".error-summary")).containsText("Vous avez préparé cet ordre de paiement");
            assertThat(finance.locator("#mandat-" + advance + "-error")).containsText("un autre gestionnaire financier");
            Browser.checkAtBothWidths(finance, "61-finance-quatre-yeux");

            Page second = browser.newPage(false);
            second.navigate(portal + "/connexion");
            Browser.signIn(second, "finance2");
            second.waitForURL("**/instruction");
            second.navigate(portal + "/instruction/finance");
            rowOf(second, "a-approuver", grant).getByRole(AriaRole.BUTTON).click();
            assertThat(second.locator("main [role=status]")).containsText("Le mandat est approuvé");
            assertThat(second.locator("section[aria-labelledby=mandats-approuves]")).containsText("12 000,00");
            second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("Émettre le bordereau"))).click();
            second.waitForURL("**/instruction/finance/bordereaux/**");
            assertThat(second.locator("main [role=status]")).containsText("Le bordereau est émis");
            String batch = second.url().replaceAll(".*/bordereaux/([0-9a-f-]{36}).*", "$1");
            Browser.checkAtBothWidths(second, "62-finance-bordereau");

            Download download = second.waitForDownload(() -> second.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Télécharger le fichier PES V2")))
                    .click());
            String file = new String(Files.readAllBytes(download.path()), StandardCharsets.ISO_8859_1);
            assertThat(file).contains("<TypFic V=\"PESALR2\"/>", "<MtHT V=\"12000.00\"/>");

            JsonPath bordereau = platform.as("finance", Service.PAYMENT).get("/api/v1/payment-batches/{id}", batch)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(download.suggestedFilename()).isEqualTo(bordereau.getString("messageId") + ".xml");
            // A file that is no answer of the accountant is refused on the field, in French.
            upload(second, "facture.xml", "<facture/>");
            assertThat(second.locator("#file-error")).containsText("n'est pas une réponse du comptable");
            assertThat(second.locator("#file")).hasAttribute("aria-invalid", "true");
            Browser.check(second, "63-finance-reponse-refusee");

            upload(second, "acquit.xml", """
                    <n:PES_Acquit xmlns:n="http://www.minefi.gouv.fr/cp/helios/pes"><Acquit><NomFic V="%s"/></Acquit></n:PES_Acquit>"""
                    .formatted(bordereau.getString("messageId")));
            assertThat(second.locator("main [role=status]")).containsText("La réponse du comptable public est enregistrée");
            assertThat(second.locator("dl.facts")).containsText("Acquitté par le comptable");
            upload(second, "retour.xml", """
                    <n:PES_Retour xmlns:n="http://www.minefi.gouv.fr/cp/helios/pes_v2/Rev0/retour"><PES_DepenseRetour>
                     <EnTeteDepense><TypRestit V="01"/><IdVer V="2"/><NatInf V="2"/></EnTeteDepense>
                     <Bordereau><BlocBordereau><Exer V="%d"/><IdBord V="%d"/></BlocBordereau>
                      <Piece><InfoPiece><IdPce V="%d"/><TypPce V="01"/><NatPce V="01"/><DtePcePec V="%s"/><EtatPce V="01"/></InfoPiece></Piece>
                     </Bordereau></PES_DepenseRetour></n:PES_Retour>"""
                    .formatted(bordereau.getInt("exercise"), bordereau.getInt("bordereauNumber"),
                            bordereau.getInt("payments.find { it.paymentId == '%s' }.mandateNumber".formatted(advance)), LocalDate.now()));
            assertThat(second.locator("table")).containsText("pris en charge le");
            Browser.checkAtBothWidths(second, "64-finance-bordereau-acquitte");

            // The titre of the overpaid grant, to collect.
            finance.navigate(portal + "/instruction/finance");
            Locator titre = rowOf(finance, "titres", overpaid.grant());
            assertThat(titre).containsText("7 000,00");
            Browser.checkAtBothWidths(finance, "65-finance-titres");
            titre.getByLabel("Encaissé le").fill(LocalDate.now().toString());
            titre.getByRole(AriaRole.BUTTON).click();
            assertThat(finance.locator("main [role=status]")).containsText("L'encaissement est enregistré");
            assertThat(rowOf(finance, "titres", overpaid.grant())).hasCount(0);

            Download export = finance.waitForDownload(() -> finance.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Exporter les versements (CSV)")).click());
            String csv = new String(Files.readAllBytes(export.path()), StandardCharsets.UTF_8);
            assertThat(csv).contains("Référence du dossier;Bénéficiaire;SIRET");
        }

        platform.as("finance", Service.PAYMENT).get("/api/v1/payments/{id}", advance).then().statusCode(200)
                .body("status", equalTo("ORDERED")).body("takenInChargeOn", equalTo(LocalDate.now().toString()));
        platform.as("finance", Service.PAYMENT).get("/api/v1/grants/{id}", overpaid.grant()).then().statusCode(200)
                .body("recovery.status", equalTo("COLLECTED")).body("status", equalTo("CLOSED"));
    }

    /** A grant and its balance awaiting the officer's review. */
    private record Balance(String grant, String balance) {
    }

    /** An advance of 12,000 € paid, then a balance requested on 10,000 € realised: 5,000 € earned, 7,000 € to pay back. */
    private static Balance balanceAwaitingReview(RunningPlatform platform) throws Exception {
        String grant = AwardSteps.signedAgreement(platform, "porteur", "Recyclerie solidaire de Bruay",
                Sirens.random(), "40000.00");
        PaymentFlowIT.awaitOpen(platform, grant);
        PaymentFlowIT.bankDetails(platform, grant);
        String advance = PaymentFlowIT.request(platform, grant, "{\"kind\":\"ADVANCE\"}").then().statusCode(201)
                .extract().path("id");
        PaymentFlowIT.pay(platform, advance);
        String balance = PaymentFlowIT.request(platform, grant, PaymentFlowIT.statement("BALANCE",
                "ANIMATION_ENGINEERING", "10000.00")).then().statusCode(201).extract().path("id");
        return new Balance(grant, balance);
    }

    /** The manager checks the final amount the officer's liquidation fixed: the titre de recette is issued. */
    private static void confirmRecovery(RunningPlatform platform, String grant) {
        String recovery = platform.as("finance", Service.PAYMENT).get("/api/v1/grants/{id}", grant).then()
                .body("recovery.status", equalTo("PROPOSED")).extract().path("recovery.id");
        platform.as("responsable", Service.PAYMENT).post("/api/v1/recoveries/{id}/confirmation", recovery).then()
                .statusCode(200).body("status", equalTo("ISSUED"));
    }

    /** The row of {@code grant} in the section headed {@code heading}. */
    private static Locator rowOf(Page page, String heading, String grant) {
        return page.locator("section[aria-labelledby=" + heading + "] tbody tr",
                new Page.LocatorOptions().setHas(page.locator("a[href*='" + grant + "']")));
    }

    private static void upload(Page page, String name, String xml) {
        page.locator("#file").setInputFiles(new FilePayload(name, "application/xml", xml.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer la réponse")).click();
        page.waitForLoadState();
    }
}
