package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Kafka goes away during submissions, stopped for 30 s or frozen ({@code SIGSTOP}): applicants
 * still submit (the outbox keeps the events), and once the broker is back every file is assessed
 * and notified exactly once.
 */
@ExtendWith(PlatformExtension.class)
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final String SUBMITTED = "fr.hautsdefrance.acte.application.submitted.v1";

    @Test
    void submissions_during_a_30_second_broker_stop_succeed_and_are_all_assessed_and_notified_once(Platform platform) {
        outage(platform, "stopped (SIGTERM) for " + OUTAGE.toSeconds() + " s, restarted on the same port and data",
                () -> platform.kafka().stop(), () -> platform.kafka().restart());
    }

    @Test
    void submissions_while_the_broker_is_frozen_succeed_and_are_all_assessed_and_notified_once(Platform platform) {
        outage(platform, "frozen (SIGSTOP) for " + OUTAGE.toSeconds() + " s, then SIGCONT",
                () -> platform.kafka().suspend(), () -> platform.kafka().resume());
    }

    private void outage(Platform platform, String fault, Runnable breakBroker, Runnable repairBroker) {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String organisation = journeys.organisation("porteuse");
        int perPhase = 2;
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 3 * perPhase; i++) {
            drafts.add(journeys.completeDraft("porteuse", organisation));
        }
        platform.awaitQuiescent();

        breakBroker.run();
        long start = System.nanoTime();
        try {
            // At the start, the middle and the end of the outage.
            for (int phase = 0; phase < 3; phase++) {
                for (String id : drafts.subList(phase * perPhase, (phase + 1) * perPhase)) {
                    journeys.submit("porteuse", id);
                }
                long target = start + OUTAGE.toNanos() * (phase + 1) / 3;
                Platform.sleep(Duration.ofNanos(Math.max(0, target - System.nanoTime())));
            }
            for (Service service : Service.values()) {
                RestAssured.given().baseUri(platform.url(service)).get("/q/health/live")
                        .then().statusCode(200).body("status", equalTo("UP"));
            }
        } finally {
            repairBroker.run();
        }

        for (String id : drafts) {
            journeys.awaitAssessed(id);
            await("notice of " + id).atMost(Platform.EVENTUAL).until(() -> platform.databases().count(
                    Service.NOTIFICATION, "select count(*) from notification where application_id = ?::uuid", id) > 0);
        }
        platform.awaitQuiescent();
        List<ConsumerRecord<String, String>> records = platform.topics().readAll(Topics.APPLICATION);
        for (String id : drafts) {
            assertThat(records.stream().filter(r -> id.equals(r.key()) && SUBMITTED.equals(Topics.header(r, "ce_type")))
                    .map(r -> Topics.header(r, "ce_id")).distinct().count()).as("events of " + id).isEqualTo(1);
            assertThat(platform.databases().count(Service.ELIGIBILITY,
                    "select count(*) from assessment where application_id = ?::uuid", id)).as("assessments of " + id)
                    .isEqualTo(1);
            assertThat(platform.databases().count(Service.NOTIFICATION, "select count(*) from notification "
                    + "where application_id = ?::uuid and kind = 'APPLICATION_SUBMITTED'", id))
                    .as("receipts of " + id).isEqualTo(1);
        }
        Report.record("Kafka broker " + fault, drafts.size() + " submissions during the outage: "
                + drafts.size() + " accepted, " + drafts.size() + " assessed and notified once each, 0 duplicates; "
                + "liveness UP on the 4 services throughout");
    }
}
