package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.CHECKER;
import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.as;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static fr.hautsdefrance.acte.payment.Fixtures.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Who may do what: beneficiary members, the officer, and two different finance officers. */
@QuarkusTest
class AccessByRoleTest {

    static final String THIRD = "finance-3";

    @Test
    void only_members_of_the_beneficiary_see_its_grant_and_payments_others_get_not_found() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");

        member("stranger-" + UUID.randomUUID()).get("/api/v1/grants/{id}", grant).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("accessible avec votre compte"));
        member("stranger-" + UUID.randomUUID()).get("/api/v1/payments/{id}", advance).then().statusCode(404);
        Fixtures.request("stranger-" + UUID.randomUUID(), grant, Fixtures.advance()).statusCode(404);
        member("stranger-" + UUID.randomUUID()).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(404);
        member("stranger-" + UUID.randomUUID()).get("/api/v1/grants").then().statusCode(200)
                .body("items.id", not(hasItem(grant)));

        member(owner).get("/api/v1/grants").then().statusCode(200).body("items.id", equalTo(java.util.List.of(grant)))
                .body("total", equalTo(1));
        member(owner).get("/api/v1/payments/{id}", advance).then().statusCode(200);
        officer().get("/api/v1/grants/{id}", grant).then().statusCode(200);
        given().get("/api/v1/grants/{id}", grant).then().statusCode(401);
    }

    @Test
    void the_officer_reviews_statements_the_beneficiary_requests_finance_orders() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        officer().contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Fixtures.advance()).post("/api/v1/grants/{id}/payment-requests", grant).then().statusCode(403);
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00"))
                .statusCode(201).extract().path("id");

        member(owner).contentType(ContentType.JSON).body("{\"lines\":[{\"decision\":\"ACCEPTED\"}]}")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(403);
        finance(MAKER).contentType(ContentType.JSON).body("{\"lines\":[{\"decision\":\"ACCEPTED\"}]}")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(403);
        officer().get("/api/v1/payments?status=REQUESTED&size=100").then().statusCode(200)
                .body("items.id", hasItem(instalment));
        Fixtures.acceptAll(instalment, 1).statusCode(200).body("validatedBy", equalTo(Fixtures.OFFICER));

        officer().post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(403);
        member(owner).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(403);
        finance(MAKER).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(200);
        officer().header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", instalment).then().statusCode(403);
    }

    @Test
    void the_finance_officer_who_prepared_an_order_cannot_approve_it() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200);

        finance(MAKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/four-eyes"))
                .body("detail", containsString("un autre gestionnaire financier"));
        finance(MAKER).get("/api/v1/payments/{id}", advance).then().body("status", equalTo("VALIDATED"))
                .body("approvedBy", equalTo(null));
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(200)
                .body("preparedBy", equalTo(MAKER)).body("approvedBy", equalTo(CHECKER));
    }

    @Test
    void new_bank_details_are_used_only_once_a_second_finance_officer_validated_them() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/no-validated-bank-details"));

        // Entered by a finance officer: that same person cannot validate them, the beneficiary even less.
        String entered = finance(MAKER).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().path("id");
        finance(MAKER).post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, entered).then().statusCode(403)
                .body("detail", containsString("une autre personne du service financier"));
        member(owner).post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, entered).then().statusCode(403);
        member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.OTHER_IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/bank-details-pending"));
        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(409);

        finance(CHECKER).post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, entered).then().statusCode(200)
                .body("decidedBy", equalTo(CHECKER));
        // MAKER entered this IBAN: a third finance officer prepares the payments to it.
        finance(THIRD).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200);

        // A change after preparation: the checker cannot approve an order to details no longer in force.
        String changed = member(owner).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.OTHER_IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(201).extract().path("id");
        member(owner).get("/api/v1/grants/{id}", grant).then()
                .body("bankAccounts.iban", everyItem(containsString("****")));
        finance(CHECKER).post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, changed).then().statusCode(200);
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/bank-details-changed"));
        finance(THIRD).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200)
                .body("creditor.iban", equalTo(Fixtures.OTHER_IBAN)).body("preparedBy", equalTo(THIRD));
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(200);
    }

    @Test
    void the_finance_officer_who_entered_an_iban_neither_prepares_nor_approves_a_payment_to_it() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String entered = finance(MAKER).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.IBAN))
                .post("/api/v1/grants/{id}/bank-details", grant).then().statusCode(201).extract().path("id");
        finance(CHECKER).post("/api/v1/grants/{g}/bank-details/{a}/validation", grant, entered).then().statusCode(200);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");

        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(403)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/four-eyes"))
                .body("detail", containsString("saisi ou modifié les coordonnées bancaires"));
        finance(THIRD).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200);
        finance(MAKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(403)
                .body("detail", containsString("IBAN"));
        finance(MAKER).get("/api/v1/payments/{id}", advance).then().body("status", equalTo("VALIDATED"));
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(200)
                .body("preparedBy", equalTo(THIRD)).body("approvedBy", equalTo(CHECKER));
    }

    @Test
    void preparing_an_order_again_never_replaces_the_recorded_maker() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200);

        // The would-be checker "prepares" it again to become the maker: refused, MAKER stays the maker.
        finance(CHECKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(409)
                .body("detail", containsString("déjà été préparé"));
        finance(MAKER).get("/api/v1/payments/{id}", advance).then().body("preparedBy", equalTo(MAKER));
        finance(MAKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(403);
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(200)
                .body("preparedBy", equalTo(MAKER)).body("approvedBy", equalTo(CHECKER));
    }

    @Test
    void the_officer_who_liquidated_a_payment_never_issues_its_mandate_even_holding_the_finance_role() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String instalment = Fixtures.request(owner, grant, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00"))
                .statusCode(201).extract().path("id");
        String both = "instructeur-et-finance";
        as(both, "officer", "finance").contentType(ContentType.JSON).body("{\"lines\":[{\"decision\":\"ACCEPTED\"}]}")
                .post("/api/v1/payments/{id}/review", instalment).then().statusCode(200)
                .body("validatedBy", equalTo(both));

        as(both, "officer", "finance").post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(403)
                .body("detail", containsString("certifié le service fait"));
        finance(MAKER).post("/api/v1/payments/{id}/preparation", instalment).then().statusCode(200);
        as(both, "officer", "finance").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", instalment).then().statusCode(403);
        finance(CHECKER).header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/payments/{id}/approval", instalment).then().statusCode(200);
    }

    @Test
    void lists_are_paginated() {
        String owner = "porteuse-" + UUID.randomUUID();
        String first = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.AwardEvents second = Fixtures.events(Fixtures.Award.of(owner));
        second.sendApproved();
        Fixtures.awaitStatus(owner, second.grantId(), "AWAITING_AGREEMENT");

        member(owner).get("/api/v1/grants?size=1").then().statusCode(200).body("items", hasSize(1))
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(1))
                .body("items[0].id", equalTo(second.grantId()));
        member(owner).get("/api/v1/grants?size=1&page=1").then().body("items[0].id", equalTo(first));
        member(owner).get("/api/v1/grants?size=1&page=2").then().body("items", hasSize(0));
        as("finance-3", "finance").get("/api/v1/grants?size=100").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2));
        finance(MAKER).get("/api/v1/payment-batches?size=5").then().statusCode(200).body("size", equalTo(5));

        member(owner).get("/api/v1/grants?size=1000").then().statusCode(400)
                .body("errors[0].field", equalTo("size")).body("errors[0].message", equalTo("100 au plus"));
        member(owner).get("/api/v1/grants?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
