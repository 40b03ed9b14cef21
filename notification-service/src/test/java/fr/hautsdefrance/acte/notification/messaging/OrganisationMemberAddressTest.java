package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.Recipient;
import fr.hautsdefrance.acte.testing.Mailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * organisation.member-added tells notification-service the new member's verified address: the first
 * notice about the organisation's files reaches them even when that event names nobody's address.
 */
@QuarkusTest
class OrganisationMemberAddressTest {

    @Test
    void a_new_members_address_is_learnt_once_and_their_first_receipt_reaches_it() {
        String member = "tresoriere-" + UUID.randomUUID();
        String organisation = UUID.randomUUID().toString();
        String added = Events.newId();
        String event = """
                {"organisation":{"organisationId":"%s","name":"Les Jardins","siren":"123456782"},
                 "member":{"subject":"%s","email":"%s","name":"Inès Trésorière"},"role":"MEMBER",
                 "addedAt":"2026-11-20T09:00:00Z"}""".formatted(organisation, member, Events.address(member));
        Events.send(Events.APPLICATIONS, organisation, added, "organisation.member-added", event);
        Events.send(Events.APPLICATIONS, organisation, added, "organisation.member-added", event);
        await("the address learnt").atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Recipient.<Recipient>findByIdOptional(member).map(Recipient::email).orElse(null)) != null);

        UUID applicationId = UUID.randomUUID();
        String reference = Events.reference();
        // The organisation's contacts name the member without any address: only what was learnt can reach them.
        UUID members = UUID.fromString(organisation);
        Events.contactsRecord(members, 1, "{\"subject\":\"%s\",\"email\":null,\"name\":null}".formatted(member));
        Events.send(Events.APPLICATIONS, applicationId.toString(), Events.newId(), "application.submitted", """
                {"applicationId":"%s","reference":"%s","title":"Jardin partagé","submittedBy":"%s",
                 "submittedAt":"2026-11-22T09:30:00Z","file":%s}
                """.formatted(applicationId, reference, member,
                Events.file(applicationId, reference, "Jardin partagé", members)));

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(member)).size() == 1);
        Mailbox.ReceivedMail mail = Mailbox.of(Events.address(member)).get(0);
        assertThat(mail.subject()).isEqualTo("Dossier " + reference + " déposé");
        assertThat(mail.text()).startsWith("Bonjour Inès Trésorière,");
    }
}
