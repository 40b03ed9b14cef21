package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.testing.Mailbox;
import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FailuresAndPoisonTest {

    @Test
    void an_e_mail_without_address_is_shown_to_admins_reported_and_sent_once_the_address_is_known() {
        String officer = "unknown-officer-" + UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        String eventId = Events.newId();
        Events.send(Events.APPLICATIONS, applicationId.toString(), eventId, "application.officer-assigned", """
                {"file":%s,"officer":{"subject":"%s","email":null,"name":"Nouvel agent"},
                 "assignedBy":"responsable","assignedAt":"2026-11-23T08:15:00Z"}
                """.formatted(Events.file(applicationId, Events.reference(), "Ressourcerie"), officer));

        await().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.oneOfEvent(eventId) != null);
        String deliveryId = Deliveries.oneOfEvent(eventId).id.toString();
        String admin = Tokens.of("admin-" + UUID.randomUUID(), "admin");
        given().auth().oauth2(admin).get("/api/v1/notifications/deliveries/failed").then().statusCode(200)
                .body("id", hasItem(deliveryId));
        given().auth().oauth2(admin).get("/api/v1/notifications/deliveries/{id}", deliveryId).then()
                .body("status", equalTo("FAILED")).body("attempts", equalTo(0))
                .body("lastError", equalTo("Aucune adresse électronique connue pour ce destinataire."));
        given().auth().oauth2(Tokens.officer(officer)).get("/api/v1/notifications/deliveries/failed")
                .then().statusCode(403);
        List<ConsumerRecord<String, String>> failed = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.notification.v1", r -> r.value().contains(deliveryId)
                        && "fr.hautsdefrance.acte.notification.failed.v1".equals(TopicReader.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(failed).singleElement().satisfies(r -> assertThat(r.value()).contains("\"audience\":\"OFFICER\""));

        // The officer signs in once: the token's address is learnt, and the admin sends the e-mail again.
        given().auth().oauth2(Tokens.officer(officer)).get("/api/v1/notifications").then().statusCode(200);
        given().auth().oauth2(admin).post("/api/v1/notifications/deliveries/{id}/retry", deliveryId).then()
                .statusCode(200).body("status", equalTo("PENDING")).body("address", equalTo(Events.address(officer)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(officer)).size() == 1);
        // The server has the e-mail before the dispatcher's transaction marks the delivery sent.
        await().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.oneOfEvent(eventId).status() == DeliveryStatus.SENT);
        given().auth().oauth2(admin).post("/api/v1/notifications/deliveries/{id}/retry", deliveryId).then()
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void a_poison_event_goes_to_the_dead_letter_topic_and_the_events_after_it_are_still_told() {
        UUID applicationId = UUID.randomUUID();
        String poisonId = Events.newId();
        // A lapse warning without its grant cannot be told to anyone, whatever the retries.
        Events.send(Events.PAYMENTS, applicationId.toString(), poisonId, "grant.lapse-warning",
                "{\"contacts\":[],\"lapseDate\":\"2028-11-22\",\"daysLeft\":15}");
        TopicWriter.send(TopicWriter.bootstrapServers(), Events.PAYMENTS, applicationId.toString(), "not json",
                Map.of("ce_id", Events.newId(), "ce_type", "fr.hautsdefrance.acte.payment.paid.v1"));

        String member = "beneficiary-" + UUID.randomUUID();
        String reference = Events.reference();
        Events.send(Events.PAYMENTS, applicationId.toString(), Events.newId(), "grant.lapse-warning", """
                {"grant":{"grantId":"%1$s","applicationId":"%1$s","reference":"%2$s","title":"Atelier vélo",
                  "organisationId":"%3$s","organisationName":"Vélo en Bassin","deliberationNumber":"CP-2026-117",
                  "awardedAmount":30000.00},
                 "lapseDate":"2028-11-22","daysLeft":15,"warningDays":15,
                 "decidedAt":"2026-11-22","warnedAt":"2028-11-07T05:30:00Z"}
                """.formatted(applicationId, reference, Events.organisation(member)));

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(member)).size() == 1);
        assertThat(Mailbox.of(Events.address(member)).get(0).subject())
                .isEqualTo("Subvention " + reference + " : demandez un versement avant le 22 novembre 2028");
        List<ConsumerRecord<String, String>> dead = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.notification-service.dlq", r -> applicationId.toString().equals(r.key()), 2,
                Duration.ofSeconds(30));
        assertThat(dead).hasSize(2);
        assertThat(dead).anySatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).contains("lacks the grant"));
        assertThat(dead).anySatisfy(r -> assertThat(TopicReader.header(r, "dead-letter-reason")).contains("not JSON"));
    }
}
