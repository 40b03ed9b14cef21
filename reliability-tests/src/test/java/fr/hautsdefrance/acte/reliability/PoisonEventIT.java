package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import io.restassured.RestAssured;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Records no code can process, put on the very partition of a real file just before its events:
 * each consumer moves them to its dead-letter topic with their origin, goes on with the file's
 * events behind them, and stays alive.
 */
@ExtendWith(PlatformExtension.class)
class PoisonEventIT {

    private static final Map<String, String> DEAD_LETTERS = Map.of(
            "eligibility-service", "acte.eligibility-service.dlq",
            "payment-service", "acte.payment-service.dlq",
            "notification-service", "acte.notification-service.dlq");

    @Test
    void poison_records_reach_each_dead_letter_topic_with_their_origin_and_the_partition_keeps_flowing(
            Platform platform) {
        platform.ensureHealthy();
        Journeys journeys = new Journeys(platform);
        String id = journeys.completeDraft("porteur", journeys.organisation("porteur"));
        int partition = platform.topics().partitionOf(Topics.APPLICATION, id);

        List<ProducerRecord<String, String>> poisons = List.of(
                poison(partition, id, "fr.hautsdefrance.acte.application.submitted.v1", "{not json"),
                poison(partition, id, "org.example.stranger.v1", "{}"),
                poison(partition, id, "fr.hautsdefrance.acte.application.submitted.v1", "[1, 2, 3]"),
                withoutId(poison(partition, id, "fr.hautsdefrance.acte.application.submitted.v1", "{}")),
                poison(partition, id, "fr.hautsdefrance.acte.application.approved.v1", "{\"awardedAmount\": -1}"),
                // Not poison: a type this version does not know yet, which the contract says to ignore.
                poison(partition, id, "fr.hautsdefrance.acte.application.teleported.v1", "{}"));
        List<Long> offsets = new ArrayList<>();
        for (ProducerRecord<String, String> poison : poisons) {
            RecordMetadata sent = platform.topics().send(poison);
            assertThat(sent.partition()).isEqualTo(partition);
            offsets.add(sent.offset());
        }
        // The file's real events come after the poison, on the same partition.
        journeys.submit("porteur", id);
        journeys.awaitAssessed(id);
        await("applicant notified after the poison").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                .count(Service.NOTIFICATION, "select count(*) from notification where application_id = ?::uuid", id) > 0);

        int deadLetters = 0;
        for (Map.Entry<String, String> consumer : DEAD_LETTERS.entrySet()) {
            List<ConsumerRecord<String, String>> dlq = platform.topics().readAll(consumer.getValue()).stream()
                    .filter(r -> Topics.APPLICATION.equals(Topics.header(r, "dead-letter-topic"))
                            && String.valueOf(partition).equals(Topics.header(r, "dead-letter-partition"))
                            && id.equals(r.key()))
                    .toList();
            List<Long> origins = dlq.stream().map(r -> Long.valueOf(Topics.header(r, "dead-letter-offset"))).toList();
            // The first four are no ACTE event at all; the fifth is an award without a file or amounts,
            // which payment-service must refuse (eligibility-service has nothing to do with an award).
            List<Long> expected = new ArrayList<>(offsets.subList(0, 4));
            if (consumer.getKey().equals("payment-service")) {
                expected.add(offsets.get(4));
            }
            assertThat(origins).as(consumer.getValue()).containsAll(expected)
                    .doesNotContain(offsets.get(5));
            assertThat(dlq).as("each dead letter says why").allSatisfy(r ->
                    assertThat(Topics.header(r, "dead-letter-reason")).isNotBlank());
            deadLetters += dlq.size();
        }
        for (Service service : Service.values()) {
            RestAssured.given().baseUri(platform.url(service)).get("/q/health/live")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
        Report.record("Poison events", (poisons.size() - 1) + " poison records and 1 event of an unknown type on one partition of "
                + Topics.APPLICATION + ": " + deadLetters + " dead letters with topic, partition, offset and reason, "
                + "the unknown type ignored; "
                + "the file behind them assessed and notified; liveness UP on the 4 services");
    }

    private static ProducerRecord<String, String> poison(int partition, String key, String type, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.APPLICATION, partition, key, value);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_source", "/reliability-tests");
        header(record, "ce_type", type);
        header(record, "ce_subject", "application/" + key);
        header(record, "content-type", "application/json");
        return record;
    }

    private static ProducerRecord<String, String> withoutId(ProducerRecord<String, String> record) {
        record.headers().remove("ce_id");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
