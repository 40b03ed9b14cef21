package fr.hautsdefrance.acte.payment.rest;

import fr.hautsdefrance.acte.payment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static fr.hautsdefrance.acte.payment.Fixtures.CHECKER;
import static fr.hautsdefrance.acte.payment.Fixtures.MAKER;
import static fr.hautsdefrance.acte.payment.Fixtures.finance;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Public money is never paid twice: idempotency keys, one request at a time, and the database's own limits. */
@QuarkusTest
class NeverTwiceTest {

    static final int CONCURRENT = 50;

    @Inject
    DataSource dataSource;

    @Inject
    fr.hautsdefrance.acte.payment.service.IdempotentCommands idempotency;

    @Test
    void the_same_key_and_body_get_the_same_answer_and_one_payment_another_body_is_refused() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String key = UUID.randomUUID().toString();
        String body = Fixtures.statement("INSTALMENT", "OPERATING", "30000.00");

        Response first = requestWith(owner, grant, key, body);
        Response again = requestWith(owner, grant, key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).endsWith(first.path("id"));
        assertThat(paymentsOf(grant, "INSTALMENT")).isEqualTo(1);

        requestWith(owner, grant, key, Fixtures.statement("INSTALMENT", "OPERATING", "31000.00")).then()
                .statusCode(409).body("type", equalTo("https://acte.hautsdefrance.fr/problems/idempotency-key-reused"));
        requestWith(owner, grant, "short", body).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(paymentsOf(grant, "INSTALMENT")).isEqualTo(1);
    }

    @Test
    void a_key_is_forgotten_after_its_retention_and_only_then() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String key = UUID.randomUUID().toString();
        requestWith(owner, grant, key, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00")).then().statusCode(201);
        String rejected = requestWith(owner, grant, key, Fixtures.statement("INSTALMENT", "OPERATING", "30000.00"))
                .path("id");
        Fixtures.officer().contentType(ContentType.JSON).body("{\"reason\":\"Factures illisibles.\"}")
                .post("/api/v1/payments/{id}/rejection", rejected).then().statusCode(200);

        idempotency.purge(java.time.OffsetDateTime.now().plusDays(29));
        requestWith(owner, grant, key, Fixtures.statement("INSTALMENT", "OPERATING", "32000.00")).then().statusCode(409);
        idempotency.purge(java.time.OffsetDateTime.now().plusDays(31));
        requestWith(owner, grant, key, Fixtures.statement("INSTALMENT", "OPERATING", "32000.00")).then().statusCode(201)
                .body("requestedAmount", equalTo(16000.00f));
    }

    @Test
    void an_approval_and_a_batch_sent_twice_with_their_key_happen_once() {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        Fixtures.validatedBankDetails(owner, grant, Fixtures.IBAN);
        String advance = Fixtures.request(owner, grant, Fixtures.advance()).statusCode(201).extract().path("id");
        finance(MAKER).post("/api/v1/payments/{id}/preparation", advance).then().statusCode(200);

        String approval = UUID.randomUUID().toString();
        String approved = finance(CHECKER).header("Idempotency-Key", approval)
                .post("/api/v1/payments/{id}/approval", advance).then().statusCode(200).extract().asString();
        finance(CHECKER).header("Idempotency-Key", approval).post("/api/v1/payments/{id}/approval", advance)
                .then().statusCode(200).body(equalTo(approved));

        String key = UUID.randomUUID().toString();
        String batchBody = "{\"paymentIds\":[\"" + advance + "\"]}";
        String batch = finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(batchBody)
                .post("/api/v1/payment-batches").then().statusCode(201).extract().path("id");
        finance(MAKER).contentType(ContentType.JSON).header("Idempotency-Key", key).body(batchBody)
                .post("/api/v1/payment-batches").then().statusCode(201).body("id", equalTo(batch));

        assertThat(Fixtures.types(Fixtures.publishedFor(grant, 5))).containsExactly("payment.scheduled",
                "payment.requested", "payment.liquidated", "payment.approved", "payment.ordered");
    }

    @Test
    void fifty_concurrent_requests_on_one_grant_make_exactly_one_payment() throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String body = Fixtures.statement("INSTALMENT", "OPERATING", "30000.00");

        List<Response> answers = concurrently(i -> requestWith(owner, grant, UUID.randomUUID().toString(), body));

        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isIn(201, 409));
        assertThat(paymentsOf(grant, "INSTALMENT")).isEqualTo(1);
    }

    @Test
    void fifty_concurrent_retries_with_one_key_all_get_the_one_payment() throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        String key = UUID.randomUUID().toString();

        List<Response> answers = concurrently(i -> requestWith(owner, grant, key, Fixtures.advance()));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(201));
        assertThat(answers.stream().map(a -> (String) a.path("id")).distinct()).hasSize(1);
        assertThat(paymentsOf(grant, "ADVANCE")).isEqualTo(1);
    }

    /**
     * Writers that bypass the service (another tool, a bug): the database alone keeps the amounts
     * fixed on a grant's payments, and what it records as paid, within the award.
     */
    @Test
    void the_database_keeps_a_grants_payments_within_its_award_under_concurrent_writers() throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));

        List<Boolean> inserted = concurrently(i -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement("insert into payment (id, grant_id, kind, "
                         + "sequence, status, amount, created_at, version) values (?, ?, 'INSTALMENT', ?, 'VALIDATED', "
                         + "5000.00, now(), 0)")) {
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, UUID.fromString(grant));
                insert.setInt(3, i + 1);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                assertThat(e.getSQLState()).isEqualTo("23514");
                return false;
            }
        });
        List<Boolean> recorded = concurrently(i -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement update = connection.prepareStatement(
                         "update grant_account set paid_amount = paid_amount + 5000.00 where id = ?")) {
                update.setObject(1, UUID.fromString(grant));
                return update.executeUpdate() == 1;
            } catch (SQLException e) {
                assertThat(e.getSQLState()).isEqualTo("23514");
                return false;
            }
        });

        assertThat(inserted).filteredOn(Boolean::booleanValue).hasSize(6);
        assertThat(recorded).filteredOn(Boolean::booleanValue).hasSize(6);
        assertThat(single("select sum(amount) from payment where grant_id = ? and status <> 'REJECTED'", grant))
                .isEqualByComparingTo("30000.00");
        assertThat(single("select paid_amount from grant_account where id = ?", grant)).isEqualByComparingTo("30000.00");
    }

    /** A payment recorded behind the service's back: the service's next amount is refused by the database. */
    @Test
    void an_amount_the_service_would_fix_beyond_the_award_is_refused_by_the_database_as_a_409() throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String grant = Fixtures.openGrant(Fixtures.Award.of(owner));
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into payment (id, grant_id, kind, sequence, "
                     + "status, amount, created_at, version) values (?, ?, 'INSTALMENT', 9, 'PAID', 25000.00, now(), 0)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setObject(2, UUID.fromString(grant));
            insert.executeUpdate();
        }

        Fixtures.request(owner, grant, Fixtures.advance()).statusCode(409)
                .body("type", equalTo("https://acte.hautsdefrance.fr/problems/award-exceeded"))
                .body("detail", org.hamcrest.Matchers.containsString("dépasserait le montant attribué"));
        member(owner).get("/api/v1/grants/{id}", grant).then()
                .body("payments.find { it.kind == 'ADVANCE' }.status", equalTo("SCHEDULED"));
    }

    private static Response requestWith(String owner, String grant, String key, String body) {
        return member(owner).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/grants/{id}/payment-requests", grant);
    }

    interface Attempt<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@link #CONCURRENT} attempts released at the same instant. */
    private static <T> List<T> concurrently(Attempt<T> attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                int index = i;
                Callable<T> task = () -> {
                    start.await();
                    return attempt.run(index);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long paymentsOf(String grant, String kind) {
        return single("select count(*) from payment where grant_id = ? and kind = '" + kind + "'", grant).longValue();
    }

    private BigDecimal single(String sql, String grant) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(grant));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
