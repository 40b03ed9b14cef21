package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/**
 * The finance desk is finance's alone, its forms carry the session's token like every portal form,
 * and when payment-service does not answer (none runs beside these tests) the page says so in
 * French instead of failing. The desk against a real payment-service is run end to end (PortalFinanceIT).
 */
@QuarkusTest
class FinancePagesTest {

    @Test
    void officers_and_applicants_are_refused_the_finance_desk() {
        PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer").get("/instruction/finance").then()
                .statusCode(403);
        PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant").get("/instruction/finance").then()
                .statusCode(403);
    }

    @Test
    void the_desk_says_in_french_that_payment_service_does_not_answer() {
        PortalBrowser finance = PortalBrowser.signIn("finance-" + UUID.randomUUID(), "finance");
        finance.get("/instruction/finance").then().statusCode(200)
                .body(containsString("<h1>Service financier</h1>"))
                .body(containsString("Le service des versements ne répond pas pour le moment"))
                .body(not(containsString("Exception")));
        finance.get("/instruction").then().statusCode(200)
                .body(containsString("href=\"/instruction/finance\""));
    }

    @Test
    void a_refused_collection_date_is_shown_on_its_field_with_what_was_typed() {
        PortalBrowser finance = PortalBrowser.signIn("finance-" + UUID.randomUUID(), "finance");
        UUID recovery = UUID.randomUUID();
        finance.submit("/instruction/finance", "/instruction/finance/titres/" + recovery + "/encaissement",
                Map.of("collectedOn", "hier")).then().statusCode(200)
                .body(containsString("Indiquez la date d&#39;encaissement"));
    }

    @Test
    void a_liquidation_returned_without_a_reason_is_refused_before_payment_service_is_asked() {
        PortalBrowser finance = PortalBrowser.signIn("finance-" + UUID.randomUUID(), "finance");
        UUID payment = UUID.randomUUID();
        finance.submit("/instruction/finance", "/instruction/finance/mandats/" + payment + "/renvoi",
                Map.of("reason", "  ")).then().statusCode(200)
                .body(containsString("href=\"#reason-" + payment + "\""))
                .body(containsString("pourquoi vous renvoyez la liquidation"));
    }

    @Test
    void a_finance_form_without_the_session_token_is_refused() {
        PortalBrowser finance = PortalBrowser.signIn("finance-" + UUID.randomUUID(), "finance");
        finance.request().contentType("application/x-www-form-urlencoded")
                .post("/instruction/finance/mandats/{id}/preparation", UUID.randomUUID()).then().statusCode(403);
    }
}
