package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.payment.domain.RefusedAction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Conflicts of interest and separation of duties on payments (ACTE.md): a member of the staff who
 * belongs to the beneficiary organisation takes no part in its payments, and who certified the
 * expenses of a request does not approve its payment order.
 */
@QuarkusTest
class ImpartialityTest {

    @Test
    void a_member_of_the_beneficiary_organisation_on_the_staff_takes_no_part_in_its_payments_and_the_attempt_is_kept() {
        String member = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(member));
        String account = Fixtures.member(member).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(201).extract().path("id");

        as(member, "finance").post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, account)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("déport"));
        Fixtures.finance(Fixtures.CHECKER).post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, account)
                .then().statusCode(200);
        String balance = Fixtures.request(member, grant, Fixtures.statement("BALANCE", "OPERATING", "40000.00"))
                .statusCode(201).extract().path("id");
        as(member, "officer").contentType(ContentType.JSON).body("{\"lines\":[{\"decision\":\"ACCEPTED\"}]}")
                .post("/api/v1/payments/{id}/review", balance).then().statusCode(403);
        Fixtures.acceptAll(balance, 1).statusCode(200);
        as(member, "finance").post("/api/v1/payments/{id}/preparation", balance).then().statusCode(403);

        Fixtures.officer().get("/api/v1/payments/{id}", balance).then().body("status", equalTo("VALIDATED"))
                .body("preparedBy", equalTo(null));
        assertThat(RefusedAction.<RefusedAction>list("grantId", UUID.fromString(grant)))
                .extracting(r -> r.actor + " " + r.action)
                .containsExactlyInAnyOrder(member + " BANK_DETAILS_VALIDATION", member + " PAYMENT_REVIEW",
                        member + " ORDER_PREPARATION");
    }

    @Test
    void who_certified_the_expenses_of_a_request_does_not_approve_its_payment_order() {
        String owner = "porteuse-" + UUID.randomUUID();
        String both = "agent-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String balance = Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "40000.00"))
                .statusCode(201).extract().path("id");
        as(both, "officer", "finance").contentType(ContentType.JSON).body("{\"lines\":[{\"decision\":\"ACCEPTED\"}]}")
                .post("/api/v1/payments/{id}/review", balance).then().statusCode(200);
        Fixtures.finance(Fixtures.MAKER).post("/api/v1/payments/{id}/preparation", balance).then().statusCode(200);

        as(both, "officer", "finance").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", balance).then().statusCode(403)
                .body("detail", containsString("séparation des tâches"));
        Fixtures.finance(Fixtures.CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", balance).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }
}
