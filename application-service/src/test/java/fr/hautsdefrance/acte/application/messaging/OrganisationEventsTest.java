package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who belongs to an organisation is published (organisation.member-added / member-removed, keyed by
 * the organisation): payment-service drops a removed member from the organisation's grants at once.
 */
@QuarkusTest
class OrganisationEventsTest {

    @Test
    void registering_joining_and_removing_a_member_are_published_in_order_for_the_organisation() {
        String owner = "owner-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String code = applicant(owner).contentType(ContentType.JSON).body("{\"email\":\"" + member + "@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", organisation).then().extract().path("code");
        applicant(member).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(200);
        applicant(owner).delete("/api/v1/organisations/{id}/members/{s}", organisation, member).then().statusCode(200);

        List<ConsumerRecord<String, String>> events = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> organisation.equals(r.key()), 3, Duration.ofSeconds(60));

        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "fr.hautsdefrance.acte.organisation.member-added.v1",
                "fr.hautsdefrance.acte.organisation.member-added.v1",
                "fr.hautsdefrance.acte.organisation.member-removed.v1");
        assertThat(events.get(0).value()).contains("\"subject\":\"" + owner + "\"", "\"role\":\"OWNER\"",
                "\"organisationId\":\"" + organisation + "\"");
        assertThat(events.get(1).value()).contains("\"subject\":\"" + member + "\"", "\"email\":\"" + member
                + "@example.org\"", "\"role\":\"MEMBER\"");
        assertThat(events.get(2).value()).contains("\"subject\":\"" + member + "\"", "\"removedBy\":\"" + owner + "\"");
    }

    @Test
    void registering_joining_and_removing_each_publish_the_whole_member_list_under_a_higher_revision() {
        String owner = "owner-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String code = applicant(owner).contentType(ContentType.JSON).body("{\"email\":\"" + member + "@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", organisation).then().extract().path("code");
        applicant(member).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(200);
        applicant(owner).delete("/api/v1/organisations/{id}/members/{s}", organisation, member).then().statusCode(200);

        List<ConsumerRecord<String, String>> records = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.organisation-contacts.v1", r -> organisation.equals(r.key()), 3, Duration.ofSeconds(60));

        assertThat(records).extracting(r -> TopicReader.header(r, "ce_type"))
                .containsOnly("fr.hautsdefrance.acte.organisation.contacts-changed.v1");
        List<JsonPath> lists = records.stream().map(r -> JsonPath.from(r.value())).toList();
        assertThat(lists).extracting(l -> l.getString("organisation.organisationId")).containsOnly(organisation);
        assertThat(lists).extracting(l -> l.getLong("revision")).containsExactly(1L, 2L, 3L);
        assertThat(lists.get(0).getList("contacts.subject", String.class)).containsExactly(owner);
        assertThat(lists.get(1).getList("contacts.subject", String.class)).containsExactly(owner, member);
        assertThat(lists.get(1).getList("contacts.email", String.class)).contains(member + "@example.org");
        assertThat(lists.get(2).getList("contacts.subject", String.class)).containsExactly(owner);
        assertThat(records.get(2).value()).doesNotContain(member);
    }

    @Test
    void an_organisation_verified_by_an_officer_is_published_once_for_the_organisation() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String claim = Fixtures.verified(owner, organisation);
        Fixtures.as("officer-2", "officer").post("/api/v1/organisation-claims/{id}/verification", claim).then()
                .statusCode(409);

        List<ConsumerRecord<String, String>> events = TopicReader.read(TopicWriter.bootstrapServers(),
                "acte.application.v1", r -> organisation.equals(r.key()), 2, Duration.ofSeconds(60));

        assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                "fr.hautsdefrance.acte.organisation.member-added.v1",
                "fr.hautsdefrance.acte.organisation.verified.v1");
        assertThat(events.get(1).value()).contains("\"organisationId\":\"" + organisation + "\"",
                "\"verifiedBy\":\"verifying-officer\"", "\"verifiedAt\"");
    }
}
