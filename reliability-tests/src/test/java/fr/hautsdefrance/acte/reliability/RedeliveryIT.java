package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At-least-once delivery means the same record can arrive again (a producer retry, a rebalance):
 * every event of a file's life, from submission to the payment schedule, delivered three times
 * leaves exactly the state one delivery left.
 */
@ExtendWith(PlatformExtension.class)
class RedeliveryIT {

    @Test
    void every_event_of_an_awarded_file_delivered_three_times_leaves_the_state_of_one_delivery(Platform platform) {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String id = journeys.submitted("porteuse", journeys.organisation("porteuse"));
        journeys.awarded("porteuse", id);
        await("payment schedule opened").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                .count(Service.PAYMENT, "select count(*) from payment where grant_id = ?::uuid", id) > 0);
        platform.awaitQuiescent();
        Map<String, Object> once = platform.databases().snapshot();
        String fileOnce = platform.as("porteuse", Service.APPLICATION).get("/api/v1/applications/{id}", id).asString();
        String notificationsOnce = platform.as("porteuse", Service.NOTIFICATION).get("/api/v1/notifications").asString();

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        for (String topic : List.of(Topics.APPLICATION, Topics.ELIGIBILITY, Topics.PAYMENT)) {
            events.addAll(platform.topics().recordsOf(topic, id));
        }
        assertThat(events).extracting(r -> Topics.header(r, "ce_type")).contains(
                "fr.hautsdefrance.acte.application.submitted.v1",
                "fr.hautsdefrance.acte.eligibility.assessed.v1",
                "fr.hautsdefrance.acte.application.approved.v1",
                "fr.hautsdefrance.acte.application.agreement-signed.v1");
        for (int copy = 0; copy < 2; copy++) {
            events.forEach(record -> platform.topics().send(Topics.copyOf(record)));
        }
        platform.awaitQuiescent();

        assertThat(platform.databases().snapshot()).isEqualTo(once);
        assertThat(platform.as("porteuse", Service.APPLICATION).get("/api/v1/applications/{id}", id).asString())
                .isEqualTo(fileOnce);
        assertThat(platform.as("porteuse", Service.NOTIFICATION).get("/api/v1/notifications").asString())
                .isEqualTo(notificationsOnce);
        Report.record("Same event delivered three times", events.size() + " distinct events of one awarded file "
                + "(topics application, eligibility, payment) each delivered 3 times: state identical to one delivery");
    }
}
