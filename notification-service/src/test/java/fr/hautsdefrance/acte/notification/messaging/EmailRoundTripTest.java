package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.testing.Mailbox;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class EmailRoundTripTest {

    private static String submitted(UUID applicationId, String reference, String title, UUID organisation,
            String submittedBy) {
        return """
                {"applicationId":"%s","reference":"%s","title":"%s","submittedBy":"%s",
                 "submittedAt":"2026-11-22T09:30:00Z","file":%s}
                """.formatted(applicationId, reference, title, submittedBy,
                Events.file(applicationId, reference, title, organisation));
    }

    @Test
    void every_member_receives_the_french_receipt_once_even_when_the_topic_is_replayed_twice() {
        String camille = "camille-" + UUID.randomUUID();
        String karim = "karim-" + UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        String reference = Events.reference();
        String eventId = Events.newId();
        UUID organisation = Events.organisation(camille, karim);
        String payload = submitted(applicationId, reference, "Tiers-lieu <script>alert(1)</script> de Liévin",
                organisation, camille);

        Events.send(Events.APPLICATIONS, applicationId.toString(), eventId, "application.submitted", payload);

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(camille)).size() == 1
                && Mailbox.of(Events.address(karim)).size() == 1);
        Mailbox.ReceivedMail mail = Mailbox.of(Events.address(camille)).get(0);
        assertThat(mail.subject()).isEqualTo("Dossier " + reference + " déposé");
        assertThat(mail.to()).containsExactly(Events.address(camille));
        assertThat(mail.from()).contains("acte@hautsdefrance.fr");
        assertThat(mail.text()).startsWith("Bonjour Nom de " + camille + ",")
                .contains("« Tiers-lieu <script>alert(1)</script> de Liévin » a bien été déposée le 22 novembre 2026 à 10h30")
                .contains("au plus tôt le 22 janvier 2027")
                .contains("http://localhost:8080/dossiers/" + applicationId);
        assertThat(mail.html()).contains("Tiers-lieu &lt;script&gt;alert(1)&lt;/script&gt; de Liévin")
                .doesNotContain("<script>");
        assertThat(mail.headers().get("X-ACTE-Event-Id")).isEqualTo(eventId);

        // The audit sees each e-mail as sent, with the Message-ID's delivery id.
        List<ConsumerRecord<String, String>> sent = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.notification.v1", r -> r.value().contains(eventId)
                        && "fr.hautsdefrance.acte.notification.sent.v1".equals(TopicReader.header(r, "ce_type")), 2,
                Duration.ofSeconds(30));
        assertThat(sent).hasSize(2).allSatisfy(r -> assertThat(r.key()).isEqualTo(applicationId.toString()));
        assertThat(sent).anySatisfy(r -> assertThat(r.value()).contains(Events.address(camille))
                .contains("\"kind\":\"APPLICATION_SUBMITTED\"")
                .contains(mail.messageId().substring(1, mail.messageId().indexOf('@'))));

        // The same record twice more (a replay of the topic), then a later event of the same file.
        Events.send(Events.APPLICATIONS, applicationId.toString(), eventId, "application.submitted", payload);
        Events.send(Events.APPLICATIONS, applicationId.toString(), eventId, "application.submitted", payload);
        // Karim left the organisation meanwhile: only Camille hears of the withdrawal.
        Events.members(organisation, 2, camille);
        Events.awaitRevision(organisation, 2);
        String withdrawal = """
                {"file":%s,"officer":null,"withdrawnAt":"2026-11-23T09:00:00Z"}
                """.formatted(Events.file(applicationId, reference, "Tiers-lieu", organisation));
        Events.send(Events.APPLICATIONS, applicationId.toString(), Events.newId(), "application.withdrawn", withdrawal);

        // Same key, same partition: once the later event is mailed, the replays have been consumed.
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(camille)).size() >= 2);
        List<Mailbox.ReceivedMail> camilles = Mailbox.of(Events.address(camille));
        assertThat(camilles).extracting(Mailbox.ReceivedMail::subject)
                .containsExactly("Dossier " + reference + " déposé", "Dossier " + reference + " retiré");
        assertThat(Mailbox.of(Events.address(karim))).hasSize(1);
    }
}
