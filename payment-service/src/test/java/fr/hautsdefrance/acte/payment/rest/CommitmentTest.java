package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Each award is committed at the vote on its call's budget imputation; what will never be paid is released. */
@QuarkusTest
class CommitmentTest {

    static final String IMPUTATION = """
            {"budget":"BP","chapter":"65","nature":"65748","function":"632","programme":"ESS-2027",
             "authorisation":"AE-2027-ESS-04"}""";

    @Test
    void an_award_of_a_call_finance_configured_is_committed_on_that_calls_imputation_with_a_number() {
        UUID call = UUID.randomUUID();
        finance(MAKER).get("/api/v1/calls/{id}/budget-imputation", call).then().statusCode(200)
                .body("defaultImputation", equalTo(true)).body("imputation.chapter", equalTo("65"))
                .body("imputation.nature", equalTo("6574"));
        finance(MAKER).contentType(ContentType.JSON).body(IMPUTATION)
                .put("/api/v1/calls/{id}/budget-imputation", call).then().statusCode(200)
                .body("defaultImputation", equalTo(false)).body("updatedBy", equalTo(MAKER))
                .body("imputation.line", equalTo("65-65748-632"));

        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents award = Fixtures.events(Fixtures.Award.of(owner).inCall(call));
        award.sendApproved();
        Fixtures.awaitStatus(owner, award.grantId(), "AWAITING_AGREEMENT");

        finance(MAKER).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(200)
                .body("commitment.number", matchesPattern("ENG-\\d{4}-\\d{6}"))
                .body("commitment.imputation.nature", equalTo("65748"))
                .body("commitment.imputation.authorisation", equalTo("AE-2027-ESS-04"))
                .body("commitment.defaultImputation", equalTo(false))
                .body("commitment.amount", equalTo(30000.00f)).body("commitment.status", equalTo("OPEN"));
        List<ConsumerRecord<String, String>> events = Fixtures.commitmentEventsFor(award.grantId(), 1);
        assertThat(Fixtures.types(events)).containsExactly("grant.committed");
        assertThat(events.get(0).value()).contains("\"nature\":\"65748\"", "\"amount\":30000.00",
                "\"commitmentNumber\":\"ENG-");
    }

    @Test
    void a_call_without_an_imputation_of_its_own_is_committed_on_the_default_one() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        finance(MAKER).get("/api/v1/grants/{id}", grant).then()
                .body("commitment.defaultImputation", equalTo(true))
                .body("commitment.imputation.line", equalTo("65-6574-61"));
    }

    @Test
    void a_balance_below_the_award_releases_the_rest_of_the_commitment() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        // No advance: the balance on 50,000 € of the 60,000 € planned gives 25,000 € of the 30,000 € voted.
        String balance = Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "50000.00"))
                .statusCode(201).extract().path("id");
        Fixtures.acceptAll(balance, 1).statusCode(200).body("amount", equalTo(25000.00f));

        member(owner).get("/api/v1/grants/{id}", grant).then()
                .body("commitment.releasedAmount", equalTo(5000.00f))
                .body("commitment.remainingAmount", equalTo(25000.00f))
                .body("commitment.status", equalTo("CLOSED"));
        List<ConsumerRecord<String, String>> events = Fixtures.commitmentEventsFor(grant, 2);
        assertThat(Fixtures.types(events)).containsExactly("grant.committed", "grant.commitment-released");
        assertThat(events.get(1).value()).contains("\"releasedAmount\":5000.00", "\"remainingAmount\":25000.00");
    }

    @Test
    void only_finance_sets_an_imputation_and_a_mistyped_one_is_refused_naming_the_field() {
        UUID call = UUID.randomUUID();
        Fixtures.officer().contentType(ContentType.JSON).body(IMPUTATION)
                .put("/api/v1/calls/{id}/budget-imputation", call).then().statusCode(403);
        finance(MAKER).contentType(ContentType.JSON).body(IMPUTATION.replace("\"65\"", "\"6X\""))
                .put("/api/v1/calls/{id}/budget-imputation", call).then().statusCode(400)
                .body("errors[0].field", equalTo("chapter"));
        finance(MAKER).contentType(ContentType.JSON).body("{\"budget\":\"BP\"}")
                .put("/api/v1/calls/{id}/budget-imputation", call).then().statusCode(400);
    }
}
