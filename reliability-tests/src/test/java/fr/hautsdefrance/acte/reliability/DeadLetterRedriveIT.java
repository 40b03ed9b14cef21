package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * eligibility-service's database stays unreachable longer than its consumer retries (30 s): the
 * submission it could not assess goes to its dead-letter topic. Once the database is back, an
 * administrator finds the record with its reason and origin through the admin API and re-drives it:
 * the file is assessed, once, and a second re-drive of the same record changes nothing.
 */
@ExtendWith(PlatformExtension.class)
class DeadLetterRedriveIT {

    private static final String DEAD_LETTERS = "acte.eligibility-service.dlq";
    /** Longer than the consumer's whole retry budget (acte.messaging.consumer-retry.max-duration, 30 s). */
    private static final Duration GIVE_UP = Duration.ofSeconds(120);

    @Test
    void a_submission_dead_lettered_during_a_long_database_outage_is_re_driven_by_an_admin_and_assessed_once(
            Platform platform) {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String id = journeys.completeDraft("porteuse", journeys.organisation("porteuse"));
        platform.awaitQuiescent();

        platform.databases().closeToConnections(Service.ELIGIBILITY);
        try {
            journeys.submit("porteuse", id);
            await().atMost(GIVE_UP).pollInterval(Duration.ofSeconds(2))
                    .until(() -> platform.topics().readAll(DEAD_LETTERS).stream().anyMatch(r -> id.equals(r.key())));
        } finally {
            platform.databases().reopenToConnections(Service.ELIGIBILITY);
        }
        assertThat(assessments(platform, id)).as("assessed while its database was away").isZero();

        Map<String, Object> deadLetter = await().atMost(Platform.EVENTUAL).until(() -> deadLetterOf(platform, id),
                found -> found != null);
        assertThat(deadLetter).containsEntry("originTopic", "acte.application.v1")
                .containsEntry("eventType", "fr.hautsdefrance.acte.application.submitted.v1")
                .containsEntry("lastRedriveBy", null);
        assertThat((String) deadLetter.get("reason")).as("reason").isNotBlank();
        String deadLetterId = (String) deadLetter.get("id");

        redrive(platform, deadLetterId);
        journeys.awaitAssessed(id);
        platform.awaitQuiescent();
        assertThat(assessments(platform, id)).as("assessments after the re-drive").isEqualTo(1);

        // Re-driving the same record again is harmless: the consumer has already processed its event id.
        redrive(platform, deadLetterId);
        platform.awaitQuiescent();
        assertThat(assessments(platform, id)).as("assessments after a second re-drive").isEqualTo(1);
        assertThat(platform.databases().count(Service.ELIGIBILITY,
                "select count(*) from dead_letter_redrive where event_id = ?", (String) deadLetter.get("eventId")))
                .as("re-drives audited").isEqualTo(2);
        assertThat(deadLetterOf(platform, id).get("lastRedriveBy")).as("last re-drive by").isNotNull();
        List<ConsumerRecord<String, String>> onTopic = platform.topics().readAll("acte.application.v1").stream()
                .filter(r -> id.equals(r.key()) && deadLetter.get("eventId").equals(Topics.header(r, "ce_id"))).toList();
        assertThat(onTopic).as("the event on its topic: published once, re-driven twice").hasSize(3)
                .allSatisfy(r -> assertThat(Topics.header(r, "dead-letter-reason")).isNull());
        Report.record("Dead letter re-driven after a long database outage",
                "eligibility-service's database closed past the 30 s retry budget: the submission dead-lettered "
                        + "(reason « " + deadLetter.get("reason") + " »), found by an admin through "
                        + "GET /api/v1/dead-letters and re-driven: assessed once; re-driven a second time: still "
                        + "once; 2 re-drives audited");
    }

    private static long assessments(Platform platform, String id) {
        return platform.databases().count(Service.ELIGIBILITY,
                "select count(*) from assessment where application_id = ?::uuid", id);
    }

    private static Map<String, Object> deadLetterOf(Platform platform, String key) {
        JsonPath list = platform.as("admin", Service.ELIGIBILITY).get("/api/v1/dead-letters")
                .then().statusCode(200).extract().jsonPath();
        return list.getList("findAll { it.key == '" + key + "' }", Map.class).stream().findFirst()
                .map(found -> (Map<String, Object>) found).orElse(null);
    }

    private static void redrive(Platform platform, String deadLetterId) {
        platform.as("admin", Service.ELIGIBILITY).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(deadLetterId))).post("/api/v1/dead-letters/redrive")
                .then().statusCode(200);
    }
}
