package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An operator replays every topic from its first offset (consumer groups reset with the services
 * stopped, then the services started again), twice: consumers read everything again and change
 * nothing — no new assessment, notification, grant, payment, outbox event or e-mail.
 */
@ExtendWith(PlatformExtension.class)
class ReplayFromEarliestIT {

    @Test
    void replaying_every_topic_from_the_earliest_offset_twice_adds_no_row_anywhere(Platform platform) {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String organisation = journeys.organisation("porteur");
        String submitted = journeys.submitted("porteur", organisation);
        String awarded = journeys.submitted("porteur", organisation);
        journeys.awarded("porteur", awarded);
        journeys.awaitAssessed(submitted);
        await("grant account and schedule opened").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                .count(Service.PAYMENT, "select count(*) from payment where grant_id = ?::uuid", awarded) > 0);
        await("applicant notified").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                .count(Service.NOTIFICATION, "select count(*) from notification where application_id = ?::uuid",
                        awarded) > 0);
        platform.awaitQuiescent();
        Map<String, Object> before = platform.databases().snapshot();
        assertThat(before).containsKeys("eligibility-service.assessment", "payment-service.grant_account",
                "notification-service.notification");

        for (int replay = 1; replay <= 2; replay++) {
            Map<String, Long> consumedBefore = committedCounts(platform);
            assertThat(consumedBefore.values()).as("records each group had read").allMatch(n -> n > 0);

            platform.stop(Service.values());
            Topics.GROUPS.keySet().forEach(platform.topics()::resetToEarliest);
            assertThat(committedCounts(platform).values()).as("groups back at the first offset").allMatch(n -> n == 0);
            platform.start(Service.values());

            // Every group reads every record again, up to the end of each topic.
            platform.awaitQuiescent();
            assertThat(committedCounts(platform)).as("records read again in replay " + replay)
                    .allSatisfy((group, n) -> assertThat(n).isGreaterThanOrEqualTo(consumedBefore.get(group)));
            assertThat(platform.databases().snapshot()).as("state after replay " + replay).isEqualTo(before);
        }
        Report.record("Replay every topic from the earliest offset, twice",
                "rows compared across " + before.size() + " tables and digests: 0 new rows");
    }

    private static Map<String, Long> committedCounts(Platform platform) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        Topics.GROUPS.keySet().forEach(group -> counts.put(group, platform.topics().committedCount(group)));
        return counts;
    }
}
