package fr.hautsdefrance.acte.benchmarks;

import fr.hautsdefrance.acte.benchmarks.StatementLog.LoggedStatement;
import fr.hautsdefrance.acte.benchmarks.SubmitTransaction.Step;
import fr.hautsdefrance.acte.benchmarks.SubmitTransaction.Submitted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubmitTransactionTest {

    private static final String DATABASE = "acte_application";
    private static final String ORGANISATION = "0f0f0f0f-0000-4000-8000-000000000001";
    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

    private static final String FIRST = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String SECOND = "bbbbbbbb-0000-4000-8000-000000000002";
    private static final Submitted FIRST_SUBMITTED = new Submitted(FIRST, "ACTE-2026-000001", T0, T0.plusMillis(100));
    private static final Submitted SECOND_SUBMITTED = new Submitted(SECOND, "ACTE-2026-000002", T0.plusMillis(1000),
            T0.plusMillis(1100));

    private final List<LoggedStatement> log = new ArrayList<>();

    @Test
    void the_submissions_transaction_is_the_one_naming_the_draft_during_its_request_without_begin_and_commit() {
        submission(1, FIRST_SUBMITTED, "11111111-0000-4000-8000-000000000001", "2026-12-07 12:00:00.05+00");
        relay(2, T0.plusMillis(60));
        submission(3, SECOND_SUBMITTED, "22222222-0000-4000-8000-000000000002", "2026-12-07 12:00:01.05+00");
        // The assessment recorded on the file once its event has gone round: after the request, not part of it.
        logged(T0.plusMillis(1500), 4, "select * from application where id=$1", SECOND);

        SubmitTransaction transaction = SubmitTransaction.of(log, DATABASE, FIRST_SUBMITTED, SECOND_SUBMITTED);

        assertThat(transaction.statements()).isEqualTo(4);
    }

    @Test
    void the_replay_takes_the_targets_id_and_reference_and_a_new_event_id_and_keeps_the_rest() {
        String secondEvent = "22222222-0000-4000-8000-000000000002";
        submission(1, FIRST_SUBMITTED, "11111111-0000-4000-8000-000000000001", "2026-12-07 12:00:00.05+00");
        submission(3, SECOND_SUBMITTED, secondEvent, "2026-12-07 12:00:01.05+00");
        SubmitTransaction transaction = SubmitTransaction.of(log, DATABASE, FIRST_SUBMITTED, SECOND_SUBMITTED);
        String target = "cccccccc-0000-4000-8000-000000000003";

        List<List<String>> parameters = transaction.parametersFor(target, "ACTE-2026-000042");

        assertThat(parameters.get(0)).containsExactly(target);
        assertThat(parameters.get(1)).as("the organisation, the same in both").containsExactly(ORGANISATION);
        assertThat(parameters.get(2)).containsExactly("SUBMITTED", "2026-12-07 12:00:01.05+00", target);
        String newEvent = parameters.get(3).get(0);
        assertThat(newEvent).isNotEqualTo(secondEvent);
        assertThat(UUID.fromString(newEvent)).isNotNull();
        assertThat(parameters.get(3).get(1)).isEqualTo(
                "{\"eventId\":\"" + newEvent + "\",\"applicationId\":\"" + target + "\",\"reference\":\"ACTE-2026-000042\"}");
        assertThat(transaction.parametersFor(target, "ACTE-2026-000042").get(3).get(0))
                .as("a new one for each replay").isNotEqualTo(newEvent);
    }

    @Test
    void two_submissions_that_ran_different_statements_are_refused() {
        submission(1, FIRST_SUBMITTED, "11111111-0000-4000-8000-000000000001", "2026-12-07 12:00:00.05+00");
        submission(3, SECOND_SUBMITTED, "22222222-0000-4000-8000-000000000002", "2026-12-07 12:00:01.05+00");
        log.removeIf(s -> s.pid() == 3 && s.sql().startsWith("select * from organisation"));

        assertThatThrownBy(() -> SubmitTransaction.of(log, DATABASE, FIRST_SUBMITTED, SECOND_SUBMITTED))
                .hasMessageContaining("different statements");
    }

    @Test
    void a_request_whose_draft_is_named_by_two_transactions_is_refused_rather_than_guessed() {
        submission(1, FIRST_SUBMITTED, "11111111-0000-4000-8000-000000000001", "2026-12-07 12:00:00.05+00");
        submission(3, SECOND_SUBMITTED, "22222222-0000-4000-8000-000000000002", "2026-12-07 12:00:01.05+00");
        logged(T0.plusMillis(1090), 5, "select * from application where id=$1", SECOND);

        assertThatThrownBy(() -> SubmitTransaction.of(log, DATABASE, FIRST_SUBMITTED, SECOND_SUBMITTED))
                .hasMessageContaining("2 transactions naming draft " + SECOND);
    }

    @Test
    void postgresql_placeholders_become_jdbc_ones_in_the_order_they_appear() {
        Step step = Step.of("select x ? 'k' from t where b=$2 and a=$1", List.of("a", "b"));

        assertThat(step.jdbcSql()).isEqualTo("select x ?? 'k' from t where b=? and a=?");
        assertThat(step.order()).containsExactly(1, 0);
    }

    /** A submission's transaction on connection {@code pid}, inside its request's time. */
    private void submission(long pid, Submitted submitted, String event, String at) {
        Instant t = submitted.sent().plusMillis(10);
        logged(t, pid, "BEGIN");
        logged(t, pid, "select * from application where id=$1", submitted.draft());
        logged(t, pid, "select * from organisation where id=$1", ORGANISATION);
        logged(t, pid, "update application set status=$1, submitted_at=$2 where id=$3", "SUBMITTED", at,
                submitted.draft());
        logged(t, pid, "insert into outbox_event (event_id, payload) values ($1, $2)", event,
                "{\"eventId\":\"" + event + "\",\"applicationId\":\"" + submitted.draft() + "\",\"reference\":\""
                        + submitted.reference() + "\"}");
        logged(t.plusMillis(1), pid, "COMMIT");
    }

    private void relay(long pid, Instant at) {
        logged(at, pid, "BEGIN");
        logged(at, pid, "select * from outbox_event where published_at is null");
        logged(at, pid, "COMMIT");
    }

    private void logged(Instant at, long pid, String sql, String... parameters) {
        // Each connection's transactions are told apart by the connection: one transaction per connection here.
        log.add(new LoggedStatement(at, pid, DATABASE, pid + "/1", sql, Arrays.asList(parameters)));
    }
}
