package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The file follows its grant's payments as payment-service publishes them on the real broker. */
@QuarkusTest
class PaymentFollowUpTest {

    private static final Duration EVENTUAL = Duration.ofSeconds(30);

    @Test
    void the_balance_paid_closes_the_file_with_the_prorated_amount_and_a_replay_changes_nothing() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");
        String advance = UUID.randomUUID().toString();
        String balance = UUID.randomUUID().toString();

        String advancePaid = publish(id, "payment.paid", paid(id, advance, "ADVANCE", "avance", "9000.00", "9000.00",
                false, null));
        await().atMost(EVENTUAL).untilAsserted(() -> applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("decision.paidAmount", equalTo(9000.00f)).body("status", equalTo("AGREEMENT_SIGNED")));

        publish(id, "payment.paid", paid(id, balance, "BALANCE", "solde", "15000.00", "24000.00", true, "24000.00"));
        await().atMost(EVENTUAL).untilAsserted(() -> applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("status", equalTo("CLOSED"))
                .body("decision.paidAmount", equalTo(24000.00f))
                .body("decision.finalAmount", equalTo(24000.00f)));

        // The advance's event delivered again: the total must not go back to 9,000 €.
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.payment.v1", id, advancePaid,
                "fr.hautsdefrance.acte.payment.paid.v1", paid(id, advance, "ADVANCE", "avance", "9000.00", "9000.00",
                        false, null));
        String marker = publish(id, "payment.recovery-issued", """
                {"grant":{"applicationId":"%s"},"recoveryId":"%s","paymentId":"%s","amount":0.01,
                 "finalAmount":24000.00}""".formatted(id, UUID.randomUUID(), balance));
        await().atMost(EVENTUAL).untilAsserted(() -> applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("decision.recoveryAmount", equalTo(0.01f)));
        applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("decision.paidAmount", equalTo(24000.00f)).body("status", equalTo("CLOSED"));
        as("officer-1", "officer").get("/api/v1/applications/{id}/history", id).then()
                .body("action", hasItem("CLOSED")).body("action", hasItem("RECOVERY_ISSUED"));
    }

    @Test
    void a_file_whose_balance_claims_money_back_stays_open_until_the_recovery_is_settled() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");
        String balance = UUID.randomUUID().toString();
        publish(id, "payment.paid", paid(id, UUID.randomUUID().toString(), "ADVANCE", "avance", "9000.00", "9000.00",
                false, null));
        publish(id, "payment.recovery-issued", """
                {"grant":{"applicationId":"%s"},"recoveryId":"%s","paymentId":"%s","amount":1500.00,
                 "finalAmount":7500.00}""".formatted(id, UUID.randomUUID(), balance));
        await().atMost(EVENTUAL).untilAsserted(() -> applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("decision.recoveryAmount", equalTo(1500.00f)).body("status", equalTo("AGREEMENT_SIGNED")));

        // The accountant collected the 1,500 €: the grant is settled, and the file with it.
        publish(id, "payment.recovery-settled", """
                {"grant":{"grantId":"%1$s","applicationId":"%1$s"},"recoveryId":"%2$s",
                 "payment":{"paymentId":"%3$s","kind":"BALANCE","sequence":1,"label":"solde","status":"PAID","amount":0.00},
                 "outcome":"COLLECTED","amount":1500.00,"collectedOn":"2027-03-01","totalPaid":9000.00,
                 "finalAmount":7500.00,"grantClosed":true}""".formatted(id, UUID.randomUUID(), balance));
        await().atMost(EVENTUAL).untilAsserted(() -> applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("status", equalTo("CLOSED")).body("decision.finalAmount", equalTo(7500.00f)));
    }

    @Test
    void a_grant_lapsed_makes_the_file_lapsed() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");
        publish(id, "grant.lapsed", """
                {"grant":{"applicationId":"%s"},"lapseDate":"2028-12-10"}""".formatted(id));
        await().atMost(EVENTUAL).untilAsserted(() -> applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("status", equalTo("LAPSED")));
    }

    @Test
    void the_file_follows_each_liquidation_and_its_return_and_shows_them_in_french_when_payment_service_is_away() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");
        String advance = UUID.randomUUID().toString();
        String instalment = UUID.randomUUID().toString();
        publish(id, "payment.requested", moved(id, advance, "ADVANCE", "avance", "REQUESTED", "9000.00"));
        publish(id, "payment.liquidated", moved(id, advance, "ADVANCE", "avance", "VALIDATED", "9000.00"));
        publish(id, "payment.requested", moved(id, instalment, "INSTALMENT", "acompte n° 1", "REQUESTED", "null"));
        publish(id, "payment.liquidated", moved(id, instalment, "INSTALMENT", "acompte n° 1", "VALIDATED", "6000.00"));
        publish(id, "payment.liquidation-returned", moved(id, instalment, "INSTALMENT", "acompte n° 1", "REQUESTED",
                "null"));

        // No payment-service runs beside these tests: the file page shows the last reports, and says so.
        PortalBrowser page = PortalBrowser.signIn(owner, "applicant");
        await().atMost(EVENTUAL).untilAsserted(() -> page.get("/espace/dossiers/" + id).then().statusCode(200)
                .body(containsString("<tr data-payment-status=\"VALIDATED\"><td>Avance</td><td>Liquidé, mandat en "
                        + "préparation</td>"))
                .body(containsString("<tr data-payment-status=\"REQUESTED\"><td>Acompte n° 1</td><td>Demandé, en "
                        + "cours d&#39;examen</td>"))
                .body(containsString("Voici le dernier état connu des versements.")));
    }

    private static String moved(String applicationId, String paymentId, String kind, String label, String status,
            String amount) {
        return """
                {"grant":{"grantId":"%1$s","applicationId":"%1$s"},
                 "payment":{"paymentId":"%2$s","kind":"%3$s","sequence":1,"label":"%4$s","status":"%5$s","amount":%6$s}}"""
                .formatted(applicationId, paymentId, kind, label, status, amount);
    }

    private static String publish(String applicationId, String type, String data) {
        String eventId = UUID.randomUUID().toString();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.payment.v1", applicationId, eventId,
                "fr.hautsdefrance.acte." + type + ".v1", data);
        return eventId;
    }

    private static String paid(String applicationId, String paymentId, String kind, String label, String amount,
            String totalPaid, boolean closed, String finalAmount) {
        return """
                {"grant":{"grantId":"%1$s","applicationId":"%1$s"},
                 "payment":{"paymentId":"%2$s","kind":"%3$s","sequence":1,"label":"%4$s","status":"PAID","amount":%5$s},
                 "totalPaid":%6$s,"grantClosed":%7$s,"finalAmount":%8$s,"withoutTransfer":false}"""
                .formatted(applicationId, paymentId, kind, label, amount, totalPaid, closed, finalAmount);
    }
}
