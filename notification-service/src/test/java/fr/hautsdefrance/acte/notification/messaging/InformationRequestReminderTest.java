package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.Reminder;
import fr.hautsdefrance.acte.notification.service.French;
import fr.hautsdefrance.acte.notification.service.ReminderService;
import fr.hautsdefrance.acte.testing.Mailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InformationRequestReminderTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Paris"));

    @Inject
    ReminderService reminders;

    private static String request(UUID applicationId, String reference, UUID requestId, UUID organisation,
            LocalDate deadline) {
        return """
                {"file":%s,"requestId":"%s","message":"Il manque le RIB.",
                 "items":["Relevé d'identité bancaire","Budget prévisionnel signé"],"deadline":"%s",
                 "requestedBy":"instructeur","requestedAt":"2026-11-25T10:00:00Z"}
                """.formatted(Events.file(applicationId, reference, "Garage solidaire", organisation),
                requestId, deadline);
    }

    @Test
    void an_unanswered_request_is_recalled_the_day_before_its_deadline_and_only_once() {
        String member = "reminded-" + UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String reference = Events.reference();
        // Deadline tomorrow: the 7-day reminder is already past, the 1-day one is due today.
        Events.send(Events.APPLICATIONS, applicationId.toString(), Events.newId(), "application.information-requested",
                request(applicationId, reference, requestId, Events.organisation(member), TODAY.plusDays(1)));

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(member)).size() == 1
                && reminders.remindersOf(requestId).size() == 1);
        Mailbox.ReceivedMail asked = Mailbox.of(Events.address(member)).get(0);
        assertThat(asked.subject()).startsWith("Dossier " + reference + " : des compléments sont demandés avant le");
        assertThat(asked.text()).contains("- Relevé d'identité bancaire").contains("Il manque le RIB.");

        reminders.sendDue(TODAY);
        reminders.sendDue(TODAY);

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(member)).size() >= 2);
        List<Mailbox.ReceivedMail> mails = Mailbox.of(Events.address(member));
        assertThat(mails).hasSize(2);
        assertThat(mails.get(1).subject()).startsWith("Rappel – dossier " + reference);
        assertThat(mails.get(1).text()).contains("Il vous reste 1 jour,");
        assertThat(reminders.remindersOf(requestId)).extracting(Reminder::status).containsExactly(Reminder.Status.SENT);
    }

    @Test
    void the_applicants_answer_cancels_the_reminder() {
        String member = "answering-" + UUID.randomUUID();
        UUID organisation = Events.organisation(member);
        UUID applicationId = UUID.randomUUID();
        UUID requestId = UUID.randomUUID();
        String reference = Events.reference();
        Events.send(Events.APPLICATIONS, applicationId.toString(), Events.newId(), "application.information-requested",
                request(applicationId, reference, requestId, organisation, TODAY.plusDays(1)));
        Events.send(Events.APPLICATIONS, applicationId.toString(), Events.newId(), "application.resubmitted", """
                {"file":%s,"officer":null,"requestId":"%s","answeredAt":"2026-11-26T08:00:00Z"}
                """.formatted(Events.file(applicationId, reference, "Garage solidaire", organisation),
                requestId));

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(member)).size() == 2);
        assertThat(reminders.remindersOf(requestId)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Reminder.Status.CANCELLED);
            assertThat(r.cancelReason()).isEqualTo("compléments reçus");
        });

        reminders.sendDue(TODAY);

        // Messages are queued within sendDue: had the reminder gone out, its delivery would exist now.
        Reminder cancelled = reminders.remindersOf(requestId).get(0);
        assertThat(cancelled.status()).isEqualTo(Reminder.Status.CANCELLED);
        assertThat(Deliveries.ofEvent("reminder:" + cancelled.id)).isEmpty();
        assertThat(Mailbox.of(Events.address(member))).extracting(Mailbox.ReceivedMail::subject)
                .containsExactly("Dossier " + reference + " : des compléments sont demandés avant le "
                        + French.date(TODAY.plusDays(1)), "Dossier " + reference + " : compléments reçus");
    }
}
