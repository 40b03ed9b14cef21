package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.OrganisationContact;
import fr.hautsdefrance.acte.notification.domain.OrganisationContacts;
import fr.hautsdefrance.acte.testing.Mailbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The applicant organisation's members come from acte.organisation-contacts.v1, not from the file and
 * grant events: the latest whole list wins, an older one changes nothing, an empty one erases them, and
 * an event about an organisation whose list has not arrived yet waits for it.
 */
@QuarkusTest
class OrganisationContactsTest {

    @Inject
    EntityManager entityManager;

    @Test
    void an_older_list_replayed_after_a_newer_one_brings_no_removed_member_back() {
        String camille = "camille-" + UUID.randomUUID();
        String karim = "karim-" + UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        Events.members(organisation, 2, camille);
        Events.awaitRevision(organisation, 2);
        // Karim was a member at revision 1, removed since: a replay of that record, or another record of
        // the same revision, changes nothing.
        String replayed = Events.members(organisation, 1, camille, karim);
        String sameRevision = Events.members(organisation, 2, camille, karim);
        awaitProcessed(replayed);
        awaitProcessed(sameRevision);

        assertThat(members(organisation)).extracting(OrganisationContact::subject).containsExactly(camille);
        UUID applicationId = UUID.randomUUID();
        String reference = Events.reference();
        String rejection = Events.newId();
        Events.send(Events.APPLICATIONS, applicationId.toString(), rejection, "application.rejected", """
                {"file":%s,
                 "decision":{"deliberationNumber":"CP-2027-004","decidedAt":"2027-01-15","committeeSessionId":"%s"},
                 "reason":"Le budget ne fait pas apparaître de cofinancement.","appealRoute":"Recours dans les deux mois."}
                """.formatted(Events.file(applicationId, reference, "Recyclerie", organisation), UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(camille)).size() == 1);
        assertThat(Deliveries.ofEvent(rejection)).extracting(d -> d.recipientSubject).containsExactly(camille);
        assertThat(Mailbox.of(Events.address(karim))).isEmpty();
    }

    @Test
    void an_empty_list_erases_the_organisations_members() {
        String member = "erased-" + UUID.randomUUID();
        UUID organisation = Events.organisation(member);
        Events.awaitRevision(organisation, 1);
        assertThat(members(organisation)).hasSize(1);

        Events.members(organisation, 2);
        Events.awaitRevision(organisation, 2);

        assertThat(members(organisation)).isEmpty();
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "select count(*) from organisation_contact where organisation_id = ?1")
                .setParameter(1, organisation).getSingleResult()).longValue());
        assertThat(rows).isZero();
    }

    @Test
    void an_event_about_an_organisation_whose_list_has_not_arrived_is_told_once_it_arrives() {
        String member = "late-" + UUID.randomUUID();
        UUID organisation = UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        String reference = Events.reference();
        String warning = Events.newId();
        Events.send(Events.APPLICATIONS, applicationId.toString(), warning, "application.draft-expiring", """
                {"file":%s,"lastChangedOn":"2025-11-02","deletionOn":"2027-01-07"}"""
                .formatted(Events.file(applicationId, reference, "Brouillon", organisation)));

        Events.members(organisation, 1, member);

        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(Events.address(member)).size() == 1);
        assertThat(Deliveries.ofEvent(warning)).extracting(d -> d.recipientSubject).containsExactly(member);
    }

    private static List<OrganisationContact> members(UUID organisation) {
        return QuarkusTransaction.requiringNew().call(() -> OrganisationContacts
                .<OrganisationContacts>findByIdOptional(organisation).map(OrganisationContacts::members).orElseThrow());
    }

    private void awaitProcessed(String eventId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                        .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
    }
}
