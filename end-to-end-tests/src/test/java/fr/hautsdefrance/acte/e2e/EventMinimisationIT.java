package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The file and payment events carry the organisation's id, never its members (issue 21, RGPD
 * minimisation): the members are on the compacted acte.organisation-contacts.v1 alone, from which
 * notification-service still tells them (the receipt e-mail) and payment-service still lets them act for
 * the grant.
 */
@ExtendWith(PlatformExtension.class)
class EventMinimisationIT {

    private static final String APPLICATIONS = "acte.application.v1";
    private static final String PAYMENTS = "acte.payment.v1";

    @Test
    void no_file_or_payment_event_carries_the_members_yet_they_get_their_receipt_and_act_for_the_grant(
            RunningPlatform platform) {
        String id = AwardSteps.signedAgreement(platform, "porteuse", "Atelier vélo de la Pévèle", Sirens.random(),
                "30000.00");
        await("the grant opened for the organisation's member").atMost(AwardSteps.EVENTUAL).untilAsserted(() ->
                platform.as("porteuse", Service.PAYMENT).get("/api/v1/grants/{id}", id).then().statusCode(200)
                        .body("status", equalTo("OPEN")));
        await("the receipt in the member's notices").atMost(AwardSteps.EVENTUAL).untilAsserted(() ->
                platform.as("porteuse", Service.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                        .body("applicationId", hasItem(id)));

        List<ConsumerRecord<String, String>> mailed = await("the receipt e-mail sent").atMost(AwardSteps.EVENTUAL)
                .until(() -> recordsOf(platform, List.of("acte.notification.v1")).stream()
                        .filter(r -> is(r, "notification.sent") && id.equals(JsonPath.from(r.value()).getString("applicationId"))
                                && "APPLICATION_SUBMITTED".equals(JsonPath.from(r.value()).getString("kind")))
                        .toList(), sent -> !sent.isEmpty());
        assertThat(JsonPath.from(mailed.get(0).value()).getString("recipient.email")).as("the member's address")
                .isNotBlank();

        List<ConsumerRecord<String, String>> events = recordsOf(platform, List.of(APPLICATIONS, PAYMENTS));
        assertThat(events).as("this file's award and schedule are on the wire")
                .anyMatch(r -> is(r, "application.approved") && r.value().contains(id))
                .anyMatch(r -> is(r, "payment.scheduled") && id.equals(r.key()));
        assertThat(events.stream().filter(r -> JsonPath.from(r.value()).getMap("").containsKey("contacts"))
                .map(r -> header(r, "ce_type") + " " + header(r, "ce_id")).toList())
                .as("file and payment events naming the organisation's members").isEmpty();
    }

    private static boolean is(ConsumerRecord<String, String> record, String type) {
        return ("fr.hautsdefrance.acte." + type + ".v1").equals(header(record, "ce_type"));
    }

    /** Every record of {@code topics}, from the beginning to the end they had when asked. */
    private static List<ConsumerRecord<String, String>> recordsOf(RunningPlatform platform, List<String> topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "minimisation-it-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = topics.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records.stream().filter(r -> r.value() != null).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
