package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.notification.Events;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the operators' dashboard and alerts (k8s/base/monitoring) read from /q/metrics. */
@QuarkusTest
class OperatorMetricsTest {

    private static final Pattern DEAD_LETTERED = Pattern.compile(
            "^acte_inbox_dead_lettered_total\\{[^}]*consumer=\"payment-events\"[^}]*topic=\"acte\\.payment\\.v1\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    @Test
    void the_outbox_the_failed_e_mails_and_the_consumers_lag_are_exposed() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(metrics())
                .containsPattern("(?m)^acte_outbox_pending [0-9.]+$")
                .containsPattern("(?m)^acte_outbox_oldest_pending_age_seconds [0-9.]+$")
                .containsPattern("(?m)^acte_notification_emails_failed [0-9.]+$")
                .containsPattern("(?m)^kafka_consumer_fetch_manager_records_lag_max\\{.*client_id=\"kafka-consumer-payment-events\""));
    }

    @Test
    void a_record_sent_to_the_dead_letter_topic_is_counted_with_the_topic_it_came_from() {
        double before = deadLettered(metrics());

        // A lapse warning without its grant cannot be told to anyone: poison, dead-lettered at once.
        Events.send(Events.PAYMENTS, UUID.randomUUID().toString(), Events.newId(), "grant.lapse-warning",
                "{\"contacts\":[],\"lapseDate\":\"2028-11-22\",\"daysLeft\":15}");

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLettered(metrics()) >= before + 1);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double deadLettered(String metrics) {
        Matcher matcher = DEAD_LETTERED.matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
