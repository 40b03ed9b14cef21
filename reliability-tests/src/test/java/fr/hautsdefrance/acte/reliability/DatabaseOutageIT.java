package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * eligibility-service's database becomes unreachable for a few seconds while submissions flow to
 * it: the consumer retries the events it cannot apply instead of dead-lettering them, and once the
 * database is back every file is assessed exactly once.
 */
@ExtendWith(PlatformExtension.class)
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final String DEAD_LETTERS = "acte.eligibility-service.dlq";
    private static final String RETRY_LOG = "failed (attempt ";

    @Test
    void events_arriving_while_the_consumers_database_is_unreachable_are_retried_and_applied_once_none_dead_lettered(
            Platform platform) {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String organisation = journeys.organisation("porteuse");
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(journeys.completeDraft("porteuse", organisation));
        }
        platform.awaitQuiescent();
        long retriesBefore = retriesLogged(platform);

        platform.databases().closeToConnections(Service.ELIGIBILITY);
        try {
            // application-service's database is fine: the submissions commit and their events flow.
            for (String id : drafts) {
                journeys.submit("porteuse", id);
            }
            Platform.sleep(OUTAGE);
            RestAssured.given().baseUri(platform.url(Service.ELIGIBILITY)).get("/q/health/live")
                    .then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            platform.databases().reopenToConnections(Service.ELIGIBILITY);
        }

        for (String id : drafts) {
            journeys.awaitAssessed(id);
        }
        platform.awaitQuiescent();
        for (String id : drafts) {
            assertThat(platform.databases().count(Service.ELIGIBILITY,
                    "select count(*) from assessment where application_id = ?::uuid", id)).as("assessments of " + id)
                    .isEqualTo(1);
        }
        assertThat(platform.topics().readAll(DEAD_LETTERS).stream().filter(r -> drafts.contains(r.key())))
                .as("dead letters of the files submitted during the outage").isEmpty();
        RestAssured.given().baseUri(platform.url(Service.ELIGIBILITY)).get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
        long retries = retriesLogged(platform) - retriesBefore;
        assertThat(retries).as("retries logged by eligibility-service").isPositive();
        Report.record("Consumer's database unreachable for " + OUTAGE.toSeconds() + " s",
                drafts.size() + " submissions during the outage of eligibility-service's database (connections "
                        + "refused, open ones ended): " + retries + " retries logged, " + drafts.size()
                        + " assessed once each, 0 dead letters; liveness UP throughout");
    }

    private static long retriesLogged(Platform platform) {
        try (var lines = Files.lines(platform.service(Service.ELIGIBILITY).process().logFile())) {
            return lines.filter(line -> line.contains(RETRY_LOG)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
