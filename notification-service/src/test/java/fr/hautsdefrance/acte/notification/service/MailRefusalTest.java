package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.RefusingRelay;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.testing.Mailbox;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** E-mails go out through a relay that refuses one domain's recipients for good (550), as a real relay does. */
@QuarkusTest
@TestProfile(MailRefusalTest.ThroughRefusingRelay.class)
class MailRefusalTest {

    public static class ThroughRefusingRelay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", Integer.toString(RefusingRelay.port()));
        }
    }

    @Inject
    EntityManager entityManager;
    @Inject
    Event<MailDispatcher.MailQueued> queued;
    @Inject
    Clock clock;

    @Test
    void a_recipient_refused_for_good_fails_alone_and_the_rest_of_its_batch_is_sent() {
        String run = "refusal-" + UUID.randomUUID();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            addresses.add(run + "-" + i + "@" + (i == 2 ? RefusingRelay.REFUSED_DOMAIN : "example.org"));
        }
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> queuedIds = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (String address : addresses) {
                Delivery delivery = Delivery.of(address, "application.submitted", "subject-" + address, "Camille",
                        address, MessageKind.APPLICATION_SUBMITTED, Audience.APPLICANT, UUID.randomUUID(),
                        "Dossier déposé", "Votre dossier a bien été déposé.", "<p>Votre dossier a bien été déposé.</p>",
                        false, now);
                entityManager.persist(delivery);
                queuedIds.add(delivery.id);
            }
            queued.fire(new MailDispatcher.MailQueued());
            return queuedIds;
        });

        await().atMost(Duration.ofSeconds(60)).until(() -> deliveries(ids).stream()
                .noneMatch(delivery -> delivery.status() == DeliveryStatus.PENDING));
        List<Delivery> outcomes = deliveries(ids);
        Delivery refused = outcomes.get(2);
        assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.lastError()).startsWith("Refus du serveur SMTP (550) : ")
                .contains("Destinataire inconnu");
        assertThat(Mailbox.of(addresses.get(2))).isEmpty();
        for (int i = 0; i < addresses.size(); i++) {
            if (i != 2) {
                assertThat(outcomes.get(i).status()).as(addresses.get(i)).isEqualTo(DeliveryStatus.SENT);
                assertThat(Mailbox.of(addresses.get(i))).as(addresses.get(i)).hasSize(1);
            }
        }
        List<ConsumerRecord<String, String>> failed = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.notification.v1", r -> r.value().contains(refused.id.toString())
                        && "fr.hautsdefrance.acte.notification.failed.v1".equals(TopicReader.header(r, "ce_type")),
                1, Duration.ofSeconds(30));
        assertThat(failed).singleElement().satisfies(r -> assertThat(r.value()).contains("Destinataire inconnu"));
    }

    private static List<Delivery> deliveries(List<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ids.stream()
                .map(id -> Delivery.<Delivery>findById(id)).toList());
    }
}
