package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.messaging.TraceContext;
import fr.hautsdefrance.acte.notification.config.NotificationConfig;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.testing.Mailbox;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
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
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class MailBatchDispatchTest {

    @Inject
    EntityManager entityManager;
    @Inject
    Event<MailDispatcher.MailQueued> queued;
    @Inject
    MailDispatcher dispatcher;
    @Inject
    ReactiveMailer mailer;
    @Inject
    Outbox outbox;
    @Inject
    NotificationConfig config;
    @Inject
    Clock clock;
    @Inject
    TraceContext traces;

    @Test
    void every_e_mail_of_several_batches_is_received_once_recorded_sent_and_reported_on_the_topic() {
        // More than two batches of 20, so batches follow one another.
        List<Delivery> deliveries = queue(45, "lot", true);

        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(deliveries).stream()
                .allMatch(status -> status == DeliveryStatus.SENT));
        for (Delivery delivery : deliveries) {
            List<Mailbox.ReceivedMail> mails = Mailbox.of(delivery.address());
            assertThat(mails).as(delivery.address()).singleElement().satisfies(mail -> {
                assertThat(mail.messageId()).isEqualTo("<" + delivery.id + "@acte.hautsdefrance.fr>");
                assertThat(mail.subject()).isEqualTo("Dossier déposé");
                assertThat(mail.text()).contains("Votre dossier " + delivery.eventId);
            });
        }
        List<String> ids = deliveries.stream().map(delivery -> delivery.id.toString()).toList();
        List<ConsumerRecord<String, String>> sent = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.notification.v1", r -> "fr.hautsdefrance.acte.notification.sent.v1".equals(
                        TopicReader.header(r, "ce_type")) && ids.stream().anyMatch(r.value()::contains),
                ids.size(), Duration.ofSeconds(30));
        assertThat(ids).allSatisfy(id -> assertThat(sent).filteredOn(r -> r.value().contains(id)).hasSize(1));
    }

    @Test
    void two_dispatchers_draining_the_same_queue_at_once_never_send_the_same_e_mail() throws Exception {
        // A second replica: the same code on the same database and SMTP server (the service's own
        // dispatcher, woken by its poll, makes a third).
        MailDispatcher otherReplica = new MailDispatcher(mailer, entityManager, outbox, config, clock, traces);
        List<Delivery> deliveries = queue(80, "replica", false);

        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Integer>> drains = new ArrayList<>();
        for (MailDispatcher replica : List.of(dispatcher, otherReplica)) {
            drains.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return replica.dispatchDue();
            }));
        }
        go.countDown();
        CompletableFuture.allOf(drains.toArray(CompletableFuture[]::new)).get();

        await().atMost(Duration.ofSeconds(60)).until(() -> statuses(deliveries).stream()
                .allMatch(status -> status == DeliveryStatus.SENT));
        for (Delivery delivery : deliveries) {
            assertThat(Mailbox.of(delivery.address())).as(delivery.address()).hasSize(1);
        }
    }

    /** {@code count} e-mails due now, each to an address of its own; {@code wakeUp}: as the consumers queue them. */
    private List<Delivery> queue(int count, String prefix, boolean wakeUp) {
        String run = prefix + "-" + UUID.randomUUID();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Delivery> deliveries = new ArrayList<>();
            OffsetDateTime now = OffsetDateTime.now(clock);
            for (int i = 0; i < count; i++) {
                String eventId = run + "-" + i;
                Delivery delivery = Delivery.of(eventId, "application.submitted", "subject-" + eventId,
                        "Camille " + i, eventId + "@example.org", MessageKind.APPLICATION_SUBMITTED,
                        Audience.APPLICANT, UUID.randomUUID(), "Dossier déposé",
                        "Votre dossier " + eventId + " a bien été déposé.",
                        "<p>Votre dossier " + eventId + " a bien été déposé.</p>", false, now);
                entityManager.persist(delivery);
                deliveries.add(delivery);
            }
            if (wakeUp) {
                queued.fire(new MailDispatcher.MailQueued());
            }
            return deliveries;
        });
    }

    private static List<DeliveryStatus> statuses(List<Delivery> deliveries) {
        return QuarkusTransaction.requiringNew().call(() -> deliveries.stream()
                .map(delivery -> Delivery.<Delivery>findById(delivery.id).status()).toList());
    }
}
