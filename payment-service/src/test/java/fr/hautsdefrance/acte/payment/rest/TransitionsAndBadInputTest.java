package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.CHECKER;
import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static fr.hautsdefrance.acte.payment.Fixtures.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Illegal transitions answer 409, bad input 400 naming the field, in French; never a 500. */
@QuarkusTest
class TransitionsAndBadInputTest {

    static final String PROBLEM = "application/problem+json";
    static final String ILLEGAL = "https://acte.hautsdefrance.fr/problems/illegal-transition";

    @Test
    void each_step_out_of_order_is_a_409_problem_saying_where_the_payment_stands() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents awaiting = Fixtures.events(Fixtures.Award.of(owner));
        awaiting.sendApproved();
        Fixtures.awaitStatus(owner, awaiting.grantId(), "AWAITING_AGREEMENT");
        Fixtures.request(owner, awaiting.grantId(), Fixtures.advance()).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo(ILLEGAL)).body("detail", containsString("la convention n'est pas encore signée"));

        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00"))
                .statusCode(201).extract().path("id");
        // One request at a time.
        Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "60000.00")).statusCode(409)
                .body("detail", containsString("une seule demande de versement à la fois"));
        // The advance is forgone once an instalment was asked for.
        finance(MAKER).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(409)
                .contentType(PROBLEM).body("type", equalTo(ILLEGAL)).body("detail", containsString("au statut « demandé »"));
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", instalment).then().statusCode(409).body("type", equalTo(ILLEGAL));

        Fixtures.acceptAll(instalment, 1).statusCode(200);
        Fixtures.acceptAll(instalment, 1).statusCode(409).body("detail", containsString("au statut « liquidé »"));
        officer().contentType(ContentType.JSON).body("{\"reason\":\"Trop tard.\"}")
                .post("/api/v1/payments/{id}/rejection", instalment).then().statusCode(409);
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", instalment).then().statusCode(409)
                .body("detail", containsString("pas encore été préparé"));
        Fixtures.prepareAndApprove(instalment);
        finance(MAKER).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(409);
        String batch = Fixtures.batch(instalment);
        finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"paymentIds\":[\"" + instalment + "\"]}").post("/api/v1/payment-batches").then()
                .statusCode(409).body("type", equalTo("https://acte.hautsdefrance.fr/problems/not-approved"));
        Fixtures.bankReport(batch, "[{\"endToEndId\":\"" + Fixtures.endToEndId(instalment) + "\",\"status\":\"PAID\"}]")
                .statusCode(200);
        Fixtures.bankReport(batch, "[{\"endToEndId\":\"" + Fixtures.endToEndId(instalment)
                + "\",\"status\":\"REJECTED\"}]").statusCode(409).body("detail", containsString("au statut « payé »"));
        Fixtures.request(owner, grant, Fixtures.advance()).statusCode(409)
                .body("detail", containsString("L'avance n'est plus due"));
        member(owner).get("/api/v1/grants/{id}", grant).then()
                .body("payments.find { it.kind == 'ADVANCE' }.status", equalTo("REJECTED"))
                .body("paidAmount", equalTo(15000.00f));
    }

    @Test
    void an_officer_refusal_needs_a_reason_and_frees_the_grant_for_a_new_request() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00"))
                .statusCode(201).extract().path("id");
        officer().contentType(ContentType.JSON).body("{\"reason\":\" \"}")
                .post("/api/v1/payments/{id}/rejection", instalment).then().statusCode(400)
                .body("errors[0].field", equalTo("reason")).body("errors[0].message", equalTo("indiquez le motif"));
        officer().contentType(ContentType.JSON).body("{\"reason\":\"Factures illisibles, merci de les renvoyer.\"}")
                .post("/api/v1/payments/{id}/rejection", instalment).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00")).statusCode(201)
                .body("sequence", equalTo(1));
    }

    @Test
    void an_instalment_under_the_minimum_is_not_paid() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        // 1,998 € realised at 50 % = 999 €: under 1,000 €.
        Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "1998.00")).statusCode(422)
                .contentType(PROBLEM).body("errors[0].field", equalTo("lines"))
                .body("detail", containsString("inférieur au minimum de 1\u202f000,00 €"));
        // Declared enough, but the officer accepts less: refused at review with the reason.
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "4000.00"))
                .statusCode(201).extract().path("id");
        officer().contentType(ContentType.JSON)
                .body("{\"lines\":[{\"decision\":\"ACCEPTED\",\"acceptedAmount\":1500.00,\"comment\":\"Justificatifs partiels.\"}]}")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("rejectionReason", containsString("sous le minimum"));
    }

    @Test
    void bad_input_is_a_400_naming_the_field_in_french() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));

        Fixtures.request(owner, grant, "{\"kind\":\"SUBSIDY\"}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kind")).body("errors[0].message", containsString("BALANCE"));
        Fixtures.request(owner, grant, "{\"kind\":\"INSTALMENT\",\"lines\":[{\"category\":\"OPERATING\",\"label\":\"x\","
                + "\"realisedAmount\":100.001,\"supportingDocuments\":[\"f.pdf\"]}]}").statusCode(400)
                .body("errors[0].field", equalTo("lines[0].realisedAmount"))
                .body("errors[0].message", equalTo("un montant en euros, au centime près"));
        Fixtures.request(owner, grant, "{\"kind\":\"INSTALMENT\",\"lines\":[{\"category\":\"OPERATING\",\"label\":\"x\","
                + "\"realisedAmount\":-5,\"supportingDocuments\":[]}]}").statusCode(400)
                .body("errors.field", hasItem("lines[0].supportingDocuments"))
                .body("errors.field", hasItem("lines[0].realisedAmount"));
        Fixtures.request(owner, grant, "{\"kind\":\"INSTALMENT\"}").statusCode(422)
                .body("errors[0].field", equalTo("lines")).body("detail", containsString("Joignez l'état récapitulatif"));
        Fixtures.request(owner, grant, "{\"kind\":\"ADVANCE\",\"color\":\"blue\"}").statusCode(400)
                .body("errors[0].field", equalTo("color"));
        Fixtures.request(owner, grant, "{not json").statusCode(400).contentType(PROBLEM);
        member(owner).contentType(ContentType.JSON).body(Fixtures.advance())
                .post("/api/v1/grants/{id}/payment-requests", grant).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));

        member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails("FR1520041010050500013M02606"))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("iban")).body("errors[0].message", containsString("clé de contrôle"));
        member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails("FR142004101005050001302606"))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(400)
                .body("errors[0].message", containsString("27 caractères"));
        member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.IBAN).replace("PSSTFRPPLIL", "DEUTDEFF"))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(400)
                .body("errors[0].field", equalTo("bic"));
        member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.IBAN).replace("\"FR\"", "\"fr\""))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(400)
                .body("errors[0].field", equalTo("country"));

        officer().get("/api/v1/payments?status=LOST").then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("status")).body("errors[0].message", containsString("REQUESTED"));
        officer().get("/api/v1/payments").then().statusCode(400).body("errors[0].field", equalTo("status"));
        officer().get("/api/v1/payments/{id}", UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM);
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00"))
                .statusCode(201).extract().path("id");
        officer().contentType(ContentType.JSON).body("{\"lines\":[]}").post("/api/v1/payments/{id}/review", instalment)
                .then().statusCode(422).body("errors[0].field", equalTo("lines"));
        officer().contentType(ContentType.JSON)
                .body("{\"lines\":[{\"decision\":\"ACCEPTED\",\"acceptedAmount\":30000.01}]}")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(422)
                .body("errors[0].field", equalTo("lines[0].acceptedAmount"));
        officer().contentType(ContentType.JSON).body("{\"lines\":[{\"decision\":\"REJECTED\"}]}")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(422)
                .body("errors[0].field", equalTo("lines[0].comment"));
        finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"requestedExecutionDate\":\"2020-01-01\",\"paymentIds\":[\"" + instalment + "\"]}")
                .post("/api/v1/payment-batches").then().statusCode(400)
                .body("errors[0].field", equalTo("requestedExecutionDate"));
        finance(MAKER).contentType(ContentType.JSON)
                .body("{\"entries\":[{\"endToEndId\":\"not-an-acte-id\",\"status\":\"PAID\"}]}")
                .post("/api/v1/payment-batches/{id}/status-report", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void the_api_is_documented_with_its_problems_and_idempotency_key() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/grants/{grantId}/payment-requests'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/payments/{paymentId}/approval'.post.responses.'403'.'$ref'",
                        equalTo("#/components/responses/Forbidden"))
                .body("components.responses.Forbidden.description", containsString("quatre yeux"))
                .body("paths.'/api/v1/payment-batches/{batchId}/pain.001'.get.summary", containsString("pain.001.001.09"))
                .body("paths.'/api/v1/grants'.get.parameters.name", hasItem("page"))
                .body("components.schemas.Problem", notNullValue());
    }
}
