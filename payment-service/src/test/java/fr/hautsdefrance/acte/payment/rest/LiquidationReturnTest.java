package fr.hautsdefrance.acte.payment.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.CHECKER;
import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.OFFICER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static fr.hautsdefrance.acte.payment.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * A finance officer who finds a liquidation wrong sends it back to the officer with the reason
 * instead of preparing the mandate; the officer liquidates again and the mandate follows. Never once
 * a mandate is prepared, approved or ordered.
 */
@QuarkusTest
class LiquidationReturnTest {

    static final String PROBLEM = "application/problem+json";

    @Test
    void finance_returns_a_liquidation_with_its_reason_the_officer_liquidates_again_then_the_mandate_follows()
            throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "20000.00"))
                .statusCode(201).extract().path("id");
        Fixtures.acceptAll(instalment, 1).statusCode(200).body("status", equalTo("VALIDATED"));

        // Only finance sends a liquidation back, with a reason.
        member(owner).contentType(ContentType.JSON).body("{\"reason\":\"Non.\"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(403);
        officer().contentType(ContentType.JSON).body("{\"reason\":\"Non.\"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(403);
        finance(MAKER).contentType(ContentType.JSON).body("{\"reason\":\"  \"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(400)
                .contentType(PROBLEM).body("errors.field", hasItem(containsString("reason")));

        finance(MAKER).contentType(ContentType.JSON)
                .body("{\"reason\":\"La facture facture-0.pdf ne porte pas le nom de l'association.\"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(200)
                .body("status", equalTo("REQUESTED")).body("amount", nullValue())
                .body("lines[0].decision", equalTo("PENDING"))
                .body("liquidationReturn.reason", containsString("ne porte pas le nom"))
                .body("liquidationReturn.returnedBy", equalTo(MAKER))
                .body("liquidationReturn.returnedAt", not(nullValue()));
        // Nothing to prepare any more, and the officer's queue has it again.
        finance(MAKER).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(409)
                .body("detail", containsString("au statut « demandé »"));
        officer().queryParam("status", "REQUESTED").get("/api/v1/payments").then().statusCode(200)
                .body("items.id", hasItem(instalment));

        List<ConsumerRecord<String, String>> events = Fixtures.publishedFor(grant, 4);
        assertThat(Fixtures.types(events)).containsExactly("payment.scheduled", "payment.requested",
                "payment.liquidated", "payment.liquidation-returned");
        JsonNode returned = new ObjectMapper().readTree(events.get(3).value());
        assertThat(returned.at("/reason").asText()).contains("ne porte pas le nom");
        assertThat(returned.at("/returnedAmount").decimalValue()).isEqualByComparingTo("10000.00");
        assertThat(returned.at("/liquidatedBy").asText()).isEqualTo(OFFICER);
        assertThat(returned.at("/officer/subject").asText()).isEqualTo(OFFICER);
        assertThat(returned.at("/payment/status").asText()).isEqualTo("REQUESTED");

        // Liquidated again, the mandate goes its way: prepared by one, approved by another.
        Fixtures.acceptAll(instalment, 1).statusCode(200).body("status", equalTo("VALIDATED"))
                .body("liquidationReturn.reason", containsString("ne porte pas le nom"));
        finance(MAKER).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(200);
        finance(CHECKER).contentType(ContentType.JSON).body("{\"reason\":\"Trop tard ?\"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("a déjà son mandat préparé"));
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", instalment).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        finance(CHECKER).contentType(ContentType.JSON).body("{\"reason\":\"Trop tard ?\"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(409)
                .body("detail", equalTo("L'acompte n° 1 est au statut « mandaté » : impossible de renvoyer sa "
                        + "liquidation à l'instructeur."));
        Fixtures.batch(instalment);
        finance(CHECKER).contentType(ContentType.JSON).body("{\"reason\":\"Trop tard ?\"}")
                .post("/api/v1/payments/{id}/liquidation-return", instalment).then().statusCode(409)
                .body("detail", containsString("au statut « transmis »"));
    }

    @Test
    void the_advance_liquidated_on_the_agreement_is_not_returned() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");

        finance(MAKER).contentType(ContentType.JSON).body("{\"reason\":\"Montant faux.\"}")
                .post("/api/v1/payments/{id}/liquidation-return", advance).then().statusCode(409)
                .contentType(PROBLEM).body("detail", containsString("convention signée"));
    }
}
