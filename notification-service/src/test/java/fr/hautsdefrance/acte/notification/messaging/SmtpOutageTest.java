package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.testing.Mailbox;
import fr.hautsdefrance.acte.testing.SmtpTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class SmtpOutageTest {

    @AfterEach
    void smtpServerBackUp() {
        SmtpTestResource.startServer();
    }

    @Test
    void while_the_smtp_server_is_down_e_mails_wait_and_once_it_is_back_each_is_sent_exactly_once() {
        SmtpTestResource.stopServer();
        List<String> members = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String member = "outage-" + i + "-" + UUID.randomUUID();
            UUID applicationId = UUID.randomUUID();
            String eventId = Events.newId();
            String reference = Events.reference();
            Events.send(Events.APPLICATIONS, applicationId.toString(), eventId, "application.rejected", """
                    {"file":%s,
                     "decision":{"deliberationNumber":"CP-2027-004","decidedAt":"2027-01-15","committeeSessionId":"%s"},
                     "reason":"Le budget ne fait pas apparaître de cofinancement.","appealRoute":"Recours dans les deux mois."}
                    """.formatted(Events.file(applicationId, reference, "Recyclerie", Events.organisation(member)),
                    UUID.randomUUID()));
            members.add(member);
            eventIds.add(eventId);
        }

        // Attempts fail and are rescheduled: nothing is lost, nothing is given up.
        await().atMost(Duration.ofSeconds(60)).until(() -> eventIds.stream().allMatch(id -> {
            Delivery d = Deliveries.oneOfEvent(id);
            return d != null && d.attempts() >= 2 && d.status() == DeliveryStatus.PENDING;
        }));
        Delivery waiting = Deliveries.oneOfEvent(eventIds.get(0));
        assertThat(waiting.lastError()).startsWith("Serveur SMTP injoignable");

        SmtpTestResource.startServer();

        await().atMost(Duration.ofSeconds(60)).until(() -> eventIds.stream()
                .allMatch(id -> Deliveries.oneOfEvent(id).status() == DeliveryStatus.SENT));
        for (String member : members) {
            List<Mailbox.ReceivedMail> mails = Mailbox.of(Events.address(member));
            assertThat(mails).as(member).hasSize(1);
            assertThat(mails.get(0).subject()).contains("décision de la Commission permanente");
            assertThat(mails.get(0).text()).contains("Motif : Le budget ne fait pas apparaître de cofinancement.");
        }
    }
}
