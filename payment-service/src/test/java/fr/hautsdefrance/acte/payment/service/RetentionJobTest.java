package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.payment.domain.RetentionRun;
import fr.hautsdefrance.acte.web.AdjustableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/**
 * Bank details erased once the accounting limitation period (ten years) has run since a finished
 * grant's last payment (docs/retention.md). Grants are made old by moving their payment and closing
 * dates back; the service's clock is moved forward to see a period run out.
 */
@QuarkusTest
class RetentionJobTest {

    private static final String ERASED_IBAN = "FR14*******************2606";

    @Inject
    RetentionJob job;

    @Inject
    AdjustableClock time;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void backToTheRealTime() {
        time.reset();
    }

    @Test
    void bank_details_are_erased_ten_years_after_the_last_payment_once_and_kept_within_the_period() {
        String owner = "porteuse-" + UUID.randomUUID();
        String old = closedGrant(owner);
        String recent = closedGrant(owner);
        lastPaidOn(old, OffsetDateTime.now().minusYears(10).minusDays(1));
        lastPaidOn(recent, OffsetDateTime.now().minusYears(10).plusDays(2));
        JsonPath before = finance(MAKER).get("/api/v1/grants/{id}", old).then().extract().jsonPath();

        RetentionRun first = job.run();
        RetentionRun second = job.run();

        assertThat(first.bankDetailsErased).isGreaterThanOrEqualTo(1);
        assertThat(first.failures).isZero();
        assertThat(second.bankDetailsErased).isZero();
        JsonPath erased = finance(MAKER).get("/api/v1/grants/{id}", old).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("bankAccounts[0].holderName", equalTo(null))
                .body("bankAccounts[0].bic", equalTo(null))
                .body("bankAccounts[0].streetName", equalTo(null))
                .body("bankAccounts[0].townName", equalTo(null))
                .body("bankAccounts[0].iban", equalTo(ERASED_IBAN))
                .body("bankAccounts[0].status", equalTo("VALIDATED"))
                .extract().jsonPath();
        // What the accounts need stays: amounts, mandates, dates; the account paid only as a masked IBAN.
        assertThat(erased.getList("payments.amount")).isEqualTo(before.getList("payments.amount"));
        assertThat(erased.getList("payments.mandateNumber")).isEqualTo(before.getList("payments.mandateNumber"));
        assertThat(erased.getList("payments.paidAt")).isEqualTo(before.getList("payments.paidAt"));
        assertThat(erased.getString("paidAmount")).isEqualTo(before.getString("paidAmount"));
        assertThat(erased.getList("payments.creditor.iban")).containsOnly(ERASED_IBAN);
        assertThat(erased.getList("payments.creditor.holderName")).containsOnlyNulls();
        assertThat(rows("select count(*) from payment where grant_id = ?1 and (creditor_iban like '%" + "M02606' "
                + "or creditor_name is not null or creditor_street is not null)", old)).isZero();
        // The beneficiary still recognises the account.
        member(owner).get("/api/v1/grants/{id}", old).then()
                .body("bankAccounts[0].iban", equalTo("FR14 **** **** **** **** ***2 606"));
        // A second run changed nothing.
        assertThat(finance(MAKER).get("/api/v1/grants/{id}", old).then().extract().jsonPath().getList("bankAccounts"))
                .isEqualTo(erased.getList("bankAccounts"));

        finance(MAKER).get("/api/v1/grants/{id}", recent).then().statusCode(200)
                .body("bankAccounts[0].holderName", equalTo("Association Les Jardins du Bassin minier"))
                .body("bankAccounts[0].iban", equalTo(Fixtures.IBAN))
                .body("payments.find { it.kind == 'ADVANCE' }.creditor.iban", equalTo(Fixtures.IBAN));

        time.advance(Duration.ofDays(3));
        RetentionRun later = job.run();

        assertThat(later.bankDetailsErased).isGreaterThanOrEqualTo(1);
        finance(MAKER).get("/api/v1/grants/{id}", recent).then()
                .body("bankAccounts[0].holderName", equalTo(null))
                .body("bankAccounts[0].iban", equalTo(ERASED_IBAN));
        Fixtures.as("admin-1", "admin").get("/api/v1/admin/retention-runs").then().statusCode(200)
                .body("id", hasItems(first.id.intValue(), second.id.intValue(), later.id.intValue()))
                .body("[0].id", equalTo(later.id.intValue()));
    }

    @Test
    void an_open_grant_keeps_its_bank_details_however_old_its_last_payment() {
        String owner = "porteuse-" + UUID.randomUUID();
        String open = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, open, Fixtures.IBAN);
        String advance = Fixtures.request(owner, open, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.payThroughTheBank(advance);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update payment set paid_at = ?2 where grant_id = ?1")
                .setParameter(1, UUID.fromString(open)).setParameter(2, OffsetDateTime.now().minusYears(20))
                .executeUpdate());

        job.run();

        finance(MAKER).get("/api/v1/grants/{id}", open).then().statusCode(200).body("status", equalTo("OPEN"))
                .body("bankAccounts[0].iban", equalTo(Fixtures.IBAN));
    }

    /** An awarded grant paid in full (advance, then the balance on the planned expenses): CLOSED. */
    private static String closedGrant(String owner) {
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        Fixtures.payThroughTheBank(advance);
        String balance = Fixtures.request(owner, grant, Fixtures.statement("BALANCE", "OPERATING", "60000.00"))
                .statusCode(201).extract().path("id");
        Fixtures.acceptAll(balance, 1).statusCode(200).body("status", equalTo("VALIDATED"));
        Fixtures.payThroughTheBank(balance);
        Fixtures.awaitStatus(owner, grant, "CLOSED");
        return grant;
    }

    /** The grant's payments and its closing moved back to {@code day}. */
    private void lastPaidOn(String grantId, OffsetDateTime day) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String statement : List.of("update payment set paid_at = ?2 where grant_id = ?1 and paid_at is not null",
                    "update grant_account set closed_at = ?2 where id = ?1")) {
                entityManager.createNativeQuery(statement).setParameter(1, UUID.fromString(grantId))
                        .setParameter(2, day).executeUpdate();
            }
        });
    }

    private long rows(String sql, String grantId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, UUID.fromString(grantId)).getSingleResult()).longValue());
    }
}
