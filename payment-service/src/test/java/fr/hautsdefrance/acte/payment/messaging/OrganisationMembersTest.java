package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.Fixtures.EVENTUAL;
import static fr.hautsdefrance.acte.payment.Fixtures.member;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may act for a grant follows the organisation's contacts records (acte.organisation-contacts.v1,
 * the whole list at a growing revision): a new member reaches the grant, a removed one gets 404 from
 * then on and the bank details they entered, not yet validated, are cancelled; redelivered and older
 * records change nothing. A grant whose organisation is not known yet waits for its record.
 */
@QuarkusTest
class OrganisationMembersTest {

    @Inject
    EntityManager entityManager;

    @Test
    void a_member_added_reaches_the_grant_and_once_removed_gets_404_and_loses_the_bank_details_they_proposed()
            throws Exception {
        String owner = "porteuse-" + UUID.randomUUID();
        String newcomer = "tresorier-" + UUID.randomUUID();
        Fixtures.AwardEvents award = Fixtures.events(Fixtures.Award.of(owner));
        award.sendApproved();
        award.sendSigned();
        Fixtures.awaitStatus(owner, award.grantId(), "OPEN");
        String organisation = new ObjectMapper().readTree(award.approvedJson()).path("file").path("organisationId").asText();

        String joined = Fixtures.sendContacts(organisation, 2, owner, newcomer);
        await("the new member reaches the grant").atMost(EVENTUAL).untilAsserted(() ->
                member(newcomer).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(200));
        String account = member(newcomer).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.OTHER_IBAN))
                .post("/api/v1/grants/{id}/bank-details", award.grantId()).then().statusCode(201).extract().path("id");

        Fixtures.sendContacts(organisation, 3, owner);
        await("the removed member no longer reaches the grant").atMost(EVENTUAL).untilAsserted(() ->
                member(newcomer).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(404));
        member(owner).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(200)
                .body("bankAccounts.find { it.id == '" + account + "' }.status", equalTo("REJECTED"))
                .body("bankAccounts.find { it.id == '" + account + "' }.rejectionReason",
                        containsString("n'est plus membre"));

        // The list that added them delivered again (same id), then another record of that older revision:
        // nothing comes back.
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.ORGANISATION_CONTACTS_TOPIC, organisation,
                joined, "fr.hautsdefrance.acte.organisation.contacts-changed.v1", """
                        {"organisation":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782"},
                         "contacts":[{"subject":"%s"},{"subject":"%s"}],"revision":2,"changedAt":"%s"}"""
                        .formatted(organisation, owner, newcomer, OffsetDateTime.now(ZoneOffset.UTC)));
        String older = Fixtures.sendContacts(organisation, 2, owner, newcomer);
        awaitProcessed(older);
        member(newcomer).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(404);
        member(owner).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(200);
    }

    @Test
    void an_award_whose_organisation_is_not_known_yet_opens_once_its_contacts_arrive_with_its_members() {
        String owner = "porteuse-" + UUID.randomUUID();
        Fixtures.AwardEvents award = Fixtures.events(Fixtures.Award.of(owner));
        String organisation = UUID.randomUUID().toString();
        // The same award, for an organisation whose contacts record comes after the award.
        String approved = award.approvedJson().replaceAll(
                "\"organisationId\":\"[0-9a-f-]{36}\"", "\"organisationId\":\"" + organisation + "\"");
        String signed = award.signedJson().replaceAll(
                "\"organisationId\":\"[0-9a-f-]{36}\"", "\"organisationId\":\"" + organisation + "\"");
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, award.grantId(),
                award.approvedId(), "fr.hautsdefrance.acte.application.approved.v1", approved);
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, award.grantId(),
                award.signedId(), "fr.hautsdefrance.acte.application.agreement-signed.v1", signed);

        Fixtures.sendContacts(organisation, 1, owner);

        Fixtures.awaitStatus(owner, award.grantId(), "OPEN");
    }

    private void awaitProcessed(String eventId) {
        await("event " + eventId + " applied").atMost(EVENTUAL).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery("select count(*) from processed_event where event_id = ?1")
                        .setParameter(1, eventId).getSingleResult()).longValue()) == 1);
    }
}
