package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * application-service dies ({@code kill -9}) with submissions committed but not yet relayed, and
 * with one submission still inside its transaction: after the restart each committed submission
 * yields exactly one event, the uncommitted one none.
 */
@ExtendWith(PlatformExtension.class)
class ProducerCrashIT {

    /** The advisory lock that elects the publishing relay (OutboxRelay.RELAY_LOCK_KEY). */
    private static final long RELAY_LOCK_KEY = 0x4143544552454cL;
    private static final String SUBMITTED = "fr.hautsdefrance.acte.application.submitted.v1";

    @Test
    void committed_submissions_yield_one_event_each_after_a_crash_before_the_relay_and_a_rolled_back_one_none(
            Platform platform) throws Exception {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String organisation = journeys.organisation("porteur");
        int committedCount = Platform.fullLength() ? 20 : 5;
        List<String> committed = new ArrayList<>();
        for (int i = 0; i < committedCount; i++) {
            committed.add(journeys.completeDraft("porteur", organisation));
        }
        String interrupted = journeys.completeDraft("porteur", organisation);
        platform.awaitQuiescent();

        try (Connection relayLock = platform.databases().connect(Service.APPLICATION);
                Connection tableLock = platform.databases().connect(Service.APPLICATION)) {
            // Holding the relay's lock makes this connection the elected relay: the service's own
            // relay publishes nothing, as if it had crashed right after each business commit.
            execute(relayLock, "select pg_advisory_lock(" + RELAY_LOCK_KEY + ")");
            committed.forEach(id -> journeys.submit("porteur", id));
            assertThat(platform.databases().count(Service.APPLICATION, "select count(*) from outbox_event "
                    + "where published_at is null and aggregate_id = any(?::varchar[])", array(committed)))
                    .as("submissions committed, events waiting in the outbox").isEqualTo(committedCount);

            // One more submission, stopped inside its transaction at the outbox insert.
            tableLock.setAutoCommit(false);
            execute(tableLock, "lock table outbox_event in exclusive mode");
            CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return platform.as("porteur", Service.APPLICATION)
                            .post("/api/v1/applications/{id}/submit", interrupted).statusCode();
                } catch (Exception connectionLost) {
                    return -1;
                }
            });
            await("submission waiting on the outbox").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                    .count(Service.APPLICATION, "select count(*) from pg_locks l join pg_class c on c.oid = l.relation "
                            + "where c.relname = 'outbox_event' and not l.granted") > 0);

            platform.service(Service.APPLICATION).kill();
            assertThat(answer.get()).as("the interrupted submission got no answer").isEqualTo(-1);
            tableLock.rollback();
        }
        assertThat(platform.topics().readAll(Topics.APPLICATION)).as("nothing relayed before the restart")
                .noneMatch(r -> committed.contains(r.key()) || interrupted.equals(r.key()));

        platform.service(Service.APPLICATION).restart();
        platform.awaitQuiescent();

        List<ConsumerRecord<String, String>> records = platform.topics().readAll(Topics.APPLICATION);
        for (String id : committed) {
            List<String> eventIds = records.stream()
                    .filter(r -> id.equals(r.key()) && SUBMITTED.equals(Topics.header(r, "ce_type")))
                    .map(r -> Topics.header(r, "ce_id")).toList();
            assertThat(eventIds).as("application.submitted of " + id).hasSize(1);
            journeys.awaitAssessed(id);
        }
        assertThat(records).as("no event of the rolled-back submission").noneMatch(r -> interrupted.equals(r.key()));
        assertThat(platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", interrupted)
                .then().statusCode(200).extract().<String>path("status")).isEqualTo("DRAFT");

        // The applicant simply submits again: one event, as for any submission.
        journeys.submit("porteur", interrupted);
        platform.awaitQuiescent();
        assertThat(platform.topics().recordsOf(Topics.APPLICATION, interrupted))
                .filteredOn(r -> SUBMITTED.equals(Topics.header(r, "ce_type"))).hasSize(1);
        Report.record("Crash of application-service between business commit and outbox relay",
                committedCount + " committed submissions → " + committedCount + " events, 1 exactly each; "
                        + "1 submission killed inside its transaction → rolled back, 0 events, DRAFT, resubmitted once");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String array(List<String> ids) {
        return "{" + String.join(",", ids) + "}";
    }
}
