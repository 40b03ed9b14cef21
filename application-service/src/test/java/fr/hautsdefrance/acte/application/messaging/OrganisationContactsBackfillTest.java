package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.service.OrganisationContactsBackfill;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations registered before their contacts were published (revision 0, as the migration leaves every
 * existing organisation) get their member list published once, and only once however often it runs.
 */
@QuarkusTest
class OrganisationContactsBackfillTest {

    private static final String CONTACTS_CHANGED = "fr.hautsdefrance.acte.organisation.contacts-changed.v1";

    @Inject
    OrganisationContactsBackfill backfill;

    @Inject
    EntityManager entityManager;

    @Test
    void an_organisation_never_announced_gets_its_current_members_published_once_across_repeated_runs() {
        String owner = "owner-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String code = applicant(owner).contentType(ContentType.JSON).body("{\"email\":\"" + member + "@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", organisation).then().extract().path("code");
        applicant(member).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(200);
        String announcedBefore = "owner-" + UUID.randomUUID();
        String alreadyAnnounced = Fixtures.unverifiedAssociation(announcedBefore);
        asBeforeContactsWerePublished(organisation);
        long publishedBefore = contactsEventsOf(organisation).size();

        int first = backfill.run();
        int second = backfill.run();

        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        List<JsonPath> published = contactsEventsOf(organisation);
        assertThat(published).hasSize((int) publishedBefore + 1);
        JsonPath announcement = published.get(published.size() - 1);
        assertThat(announcement.getList("contacts.subject", String.class)).containsExactly(owner, member);
        assertThat(announcement.getLong("revision")).isEqualTo(1L);
        assertThat(contactsEventsOf(alreadyAnnounced)).hasSize(1);
    }

    @Test
    void an_organisation_announced_meanwhile_by_another_replica_is_not_announced_again() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        asBeforeContactsWerePublished(organisation);
        int publishedBefore = contactsEventsOf(organisation).size();

        boolean byOneReplica = backfill.announce(UUID.fromString(organisation));
        boolean byAnotherListingItBefore = backfill.announce(UUID.fromString(organisation));

        assertThat(byOneReplica).isTrue();
        assertThat(byAnotherListingItBefore).isFalse();
        assertThat(contactsEventsOf(organisation)).hasSize(publishedBefore + 1);
    }

    /** What the migration leaves on an organisation registered before the event: revision 0. */
    private void asBeforeContactsWerePublished(String organisation) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update organisation set contacts_revision = 0 where id = ?1")
                .setParameter(1, UUID.fromString(organisation)).executeUpdate());
    }

    @SuppressWarnings("unchecked")
    private List<JsonPath> contactsEventsOf(String organisation) {
        return QuarkusTransaction.requiringNew().call(() -> ((List<String>) entityManager
                .createNativeQuery("select payload from outbox_event where aggregate_id = ?1 and event_type = ?2 "
                        + "order by position")
                .setParameter(1, organisation).setParameter(2, CONTACTS_CHANGED).getResultList()))
                .stream().map(JsonPath::from).toList();
    }
}
