package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.payment.Fixtures;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
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
 * Who may act for a grant follows the organisation as application-service reports it
 * (organisation.member-added / member-removed): a new member reaches the grant, a removed one gets
 * 404 from then on and the bank details they entered, not yet validated, are cancelled; redelivered
 * and late events change nothing.
 */
@QuarkusTest
class OrganisationMembersTest {

    private static final String TYPE = "fr.hautsdefrance.acte.organisation.%s.v1";

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
        OffsetDateTime joined = OffsetDateTime.now(ZoneOffset.UTC);

        String added = send(organisation, "member-added", """
                {"organisation":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782"},
                 "member":{"subject":"%s","email":"%s@example.org","name":"Trésorier"},"role":"MEMBER","addedAt":"%s"}"""
                .formatted(organisation, newcomer, newcomer, joined));
        await("the new member reaches the grant").atMost(EVENTUAL).untilAsserted(() ->
                member(newcomer).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(200));
        String account = member(newcomer).contentType(ContentType.JSON).body(Fixtures.bankDetails(Fixtures.OTHER_IBAN))
                .post("/api/v1/grants/{id}/bank-details", award.grantId()).then().statusCode(201).extract().path("id");

        send(organisation, "member-removed", """
                {"organisation":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782"},
                 "subject":"%s","removedBy":"%s","removedAt":"%s"}"""
                .formatted(organisation, newcomer, owner, joined.plusMinutes(5)));
        await("the removed member no longer reaches the grant").atMost(EVENTUAL).untilAsserted(() ->
                member(newcomer).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(404));
        member(owner).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(200)
                .body("bankAccounts.find { it.id == '" + account + "' }.status", equalTo("REJECTED"))
                .body("bankAccounts.find { it.id == '" + account + "' }.rejectionReason",
                        containsString("n'est plus membre"));

        // The addition delivered again (same id), then an addition older than the removal: nothing comes back.
        resend(organisation, added, "member-added", """
                {"organisation":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782"},
                 "member":{"subject":"%s","email":null,"name":null},"role":"MEMBER","addedAt":"%s"}"""
                .formatted(organisation, newcomer, joined));
        send(organisation, "member-added", """
                {"organisation":{"organisationId":"%s","name":"Les Jardins du Bassin minier","siren":"123456782"},
                 "member":{"subject":"%s","email":null,"name":null},"role":"MEMBER","addedAt":"%s"}"""
                .formatted(organisation, newcomer, joined.plusMinutes(1)));
        // A later event of the same organisation, applied after those two: they have been read.
        send(organisation, "renamed", """
                {"organisation":{"organisationId":"%s","name":"Jardins partagés du Bassin minier","siren":"123456782"},
                 "previousName":"Les Jardins du Bassin minier","renamedAt":"%s"}""".formatted(organisation, joined.plusMinutes(6)));
        await("the renaming applied").atMost(EVENTUAL).untilAsserted(() -> member(owner)
                .get("/api/v1/grants/{id}", award.grantId()).then().body("organisationName",
                        equalTo("Jardins partagés du Bassin minier")));
        member(newcomer).get("/api/v1/grants/{id}", award.grantId()).then().statusCode(404);
    }

    private static String send(String organisation, String event, String data) {
        String id = UUID.randomUUID().toString();
        resend(organisation, id, event, data);
        return id;
    }

    private static void resend(String organisation, String id, String event, String data) {
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), Fixtures.APPLICATION_TOPIC, organisation, id,
                TYPE.formatted(event), data);
    }
}
