package fr.hautsdefrance.acte.application.portal;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PaymentStub;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/**
 * The officer's liquidation on a file's payments tab, against payment-service's HTTP contract: the
 * statement's lines with their justificatifs, the decisions sent with the officer's own token,
 * payment-service's refusal shown on its field with what was typed, the outcome in French. The
 * pages against the real payment-service run end to end (PortalFinanceIT).
 */
@QuarkusTest
class LiquidationPagesTest {

    @PaymentStub.Inject
    WireMockServer payment;

    @Inject
    CircuitBreakerMaintenance breakers;

    private String file;
    private String invoice;
    private final UUID balance = UUID.randomUUID();

    @BeforeEach
    void a_signed_file_whose_balance_awaits_review() {
        // Earlier tests ran against a payment-service that does not answer: start from a closed breaker.
        breakers.resetAll();
        String owner = "owner-" + UUID.randomUUID();
        file = Fixtures.signed(owner, null, "30000.00");
        invoice = Fixtures.upload(owner, file, "EXPENSE_EVIDENCE", "facture-animation.pdf", Fixtures.PDF)
                .statusCode(201).extract().path("id");
        payment.stubFor(WireMock.get(urlPathEqualTo("/api/v1/grants/" + file)).willReturn(okJson(grant("REQUESTED",
                "null", "null"))));
    }

    @AfterEach
    void reset() {
        PaymentStub.reset(payment);
    }

    @Test
    void the_officer_sees_each_line_of_the_statement_with_a_decision_to_take() {
        officer().get(tab()).then().statusCode(200)
                .body(containsString("Liquidation : solde"))
                .body(containsString("Animation des ateliers"))
                .body(containsString("10\u00a0000,00\u00a0€"))
                // The justificatif named on the line is the file's piece: the officer opens it from the line.
                .body(containsString("<a href=\"/instruction/dossiers/" + file + "/pieces/" + invoice
                        + "\">facture-animation.pdf</a>"))
                .body(containsString("bon-de-commande-7</td>"))
                .body(containsString("tabindex=\"0\" role=\"region\" aria-label=\"État des dépenses : solde\""))
                .body(containsString("name=\"acceptedAmount-0\" value=\"10000,00\""))
                .body(containsString("Certifier le service fait"))
                .body(containsString("Rejeter la demande de versement"));
    }

    @Test
    void a_refusal_of_payment_service_is_shown_on_its_field_with_what_was_typed() {
        payment.stubFor(WireMock.post(urlPathEqualTo("/api/v1/payments/" + balance + "/review")).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"status":422,"title":"Versement refusé","detail":"Le montant retenu doit être compris entre 0 et le montant réalisé déclaré (10 000,00 €).",
                         "errors":[{"field":"lines[0].acceptedAmount","message":"Le montant retenu doit être compris entre 0 et le montant réalisé déclaré (10 000,00 €)."}]}""")));

        PortalBrowser officer = officer();
        officer.submit(tab(), action("liquidation"), Map.of("decision-0", "ACCEPTED", "acceptedAmount-0", "20 000,00",
                "comment-0", "Facture relue")).then().statusCode(200)
                .body(containsString("Action non effectuée"))
                .body(containsString("<a href=\"#acceptedAmount-0\">Le montant retenu doit être compris entre 0"))
                .body(containsString("id=\"acceptedAmount-0-error\""))
                .body(containsString("name=\"acceptedAmount-0\" value=\"20 000,00\" aria-invalid=\"true\""))
                .body(containsString(">Facture relue</textarea>"));
        // Sent as the officer, with their own token: payment-service decides who may liquidate.
        payment.verify(postRequestedFor(urlPathEqualTo("/api/v1/payments/" + balance + "/review"))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson("""
                        {"lines":[{"decision":"ACCEPTED","acceptedAmount":20000.00,"comment":"Facture relue"}]}""")));
    }

    @Test
    void a_line_without_a_decision_or_a_request_rejected_without_reason_is_refused_before_payment_service_is_asked() {
        PortalBrowser officer = officer();
        officer.submit(tab(), action("liquidation"), Map.of("acceptedAmount-0", "1 000")).then().statusCode(200)
                .body(containsString("Retenez ou rejetez la ligne « Animation des ateliers »"));
        officer.submit(tab(), action("rejet"), Map.of("rejectionReason", " ")).then().statusCode(200)
                .body(containsString("Motivez le rejet de la demande"))
                .body(containsString("id=\"rejectionReason\" name=\"rejectionReason\" maxlength=\"1000\" aria-invalid=\"true\""));
        payment.verify(0, postRequestedFor(WireMock.urlPathMatching("/api/v1/payments/.*")));
    }

    @Test
    void once_liquidated_the_page_says_the_amount_due_after_proration() {
        payment.stubFor(WireMock.post(urlPathEqualTo("/api/v1/payments/" + balance + "/review"))
                .willReturn(okJson(payment("VALIDATED", "8100.00", "18000.00"))));
        PortalBrowser officer = officer();
        officer.submit(tab(), action("liquidation"), Map.of("decision-0", "ACCEPTED", "acceptedAmount-0", "10000,00"))
                .then().statusCode(303)
                .header("Location", endsWith("/instruction/dossiers/" + file + "?onglet=versements&versement=" + balance));
        payment.stubFor(WireMock.get(urlPathEqualTo("/api/v1/grants/" + file)).willReturn(okJson(grant("VALIDATED",
                "8100.00", "18000.00"))));
        officer.get(tab() + "&versement=" + balance).then().statusCode(200)
                .body(containsString("La liquidation de la demande (solde) est enregistrée : 18\u00a0000,00\u00a0€ de dépenses "
                        + "retenues, montant dû après proratisation au taux voté : 8\u00a0100,00\u00a0€."))
                .body(not(containsString("Certifier le service fait")));
    }

    @Test
    void only_officers_liquidate_and_only_with_the_session_token() {
        PortalBrowser.signIn("finance-" + UUID.randomUUID(), "finance").request()
                .contentType("application/x-www-form-urlencoded").post(action("liquidation")).then().statusCode(403);
        officer().request().contentType("application/x-www-form-urlencoded").formParam("decision-0", "ACCEPTED")
                .post(action("liquidation")).then().statusCode(403);
        payment.verify(0, postRequestedFor(WireMock.urlPathMatching("/api/v1/payments/.*")));
    }

    @Test
    void the_tab_says_in_french_when_payment_service_does_not_answer() {
        PaymentStub.reset(payment);
        officer().get(tab()).then().statusCode(200)
                .body(containsString("Le service des versements ne répond pas pour le moment"))
                .body(not(containsString("Exception")));
    }

    private PortalBrowser officer() {
        return PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer");
    }

    private String tab() {
        return "/instruction/dossiers/" + file + "?onglet=versements";
    }

    private String action(String step) {
        return "/instruction/dossiers/" + file + "/versements/" + balance + "/" + step;
    }

    private String grant(String status, String amount, String acceptedBase) {
        return """
                {"id":"%s","reference":"ACTE-2026-000001","title":"Atelier","status":"OPEN","awardedAmount":30000.00,
                 "paidAmount":9000.00,"payments":[%s]}""".formatted(file, payment(status, amount, acceptedBase));
    }

    private String payment(String status, String amount, String acceptedBase) {
        return """
                {"id":"%s","kind":"BALANCE","sequence":1,"label":"solde","status":"%s","requestedAmount":21000.00,
                 "amount":%s,"acceptedEligibleBase":%s,"lines":[{"line":0,"category":"ANIMATION_ENGINEERING",
                 "label":"Animation des ateliers","realisedAmount":10000.00,"supportingDocuments":["facture-animation.pdf","bon-de-commande-7"]}]}"""
                .formatted(balance, status, amount, acceptedBase);
    }
}
