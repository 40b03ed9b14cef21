package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.notification.service.DigestService;
import fr.hautsdefrance.acte.testing.Mailbox;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class OfficerDigestTest {

    @Inject
    DigestService digests;

    private static String assignment(UUID applicationId, String reference, String officer) {
        return """
                {"file":%s,"officer":{"subject":"%s","email":null,"name":"Jeanne Martin"},
                 "assignedBy":"responsable","assignedAt":"2026-11-23T08:15:00Z"}
                """.formatted(Events.file(applicationId, reference, "Épicerie solidaire"), officer);
    }

    @Test
    void an_officer_who_chose_the_digest_gets_one_e_mail_a_day_listing_the_assignments() {
        String officer = "officer-" + UUID.randomUUID();
        // The events never carry an officer's address: it comes from the officer's own token.
        given().auth().oauth2(Tokens.officer(officer)).contentType("application/json")
                .body("{\"emailMode\":\"DIGEST\"}").put("/api/v1/notifications/preferences")
                .then().statusCode(200).body("emailMode", equalTo("DIGEST")).body("digestAvailable", equalTo(true));

        String first = Events.newId();
        String second = Events.newId();
        String referenceA = Events.reference();
        String referenceB = Events.reference();
        UUID fileA = UUID.randomUUID();
        UUID fileB = UUID.randomUUID();
        Events.send(Events.APPLICATIONS, fileA.toString(), first, "application.officer-assigned",
                assignment(fileA, referenceA, officer));
        Events.send(Events.APPLICATIONS, fileB.toString(), second, "application.officer-assigned",
                assignment(fileB, referenceB, officer));

        await().atMost(Duration.ofSeconds(60)).until(() -> Deliveries.oneOfEvent(first) != null
                && Deliveries.oneOfEvent(second) != null);
        assertThat(Deliveries.oneOfEvent(first).status()).isEqualTo(DeliveryStatus.HELD);
        // The in-app notices are there at once.
        given().auth().oauth2(Tokens.officer(officer)).get("/api/v1/notifications")
                .then().statusCode(200).body("$", hasSize(2));
        assertThat(Mailbox.of(Events.address(officer))).isEmpty();

        digests.sendDigests();
        digests.sendDigests();

        await().atMost(Duration.ofSeconds(60)).until(() -> !Mailbox.of(Events.address(officer)).isEmpty());
        List<Mailbox.ReceivedMail> mails = Mailbox.of(Events.address(officer));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).startsWith("ACTE : votre résumé du").endsWith("(2 messages)");
        assertThat(mails.get(0).text()).contains("Dossier " + referenceA + " attribué")
                .contains("Dossier " + referenceB + " attribué")
                .contains("http://localhost:8080/dossiers/" + fileA);
        assertThat(Deliveries.oneOfEvent(first).status()).isEqualTo(DeliveryStatus.DIGESTED);
    }

    @Test
    void an_applicant_cannot_defer_the_messages_the_law_requires() {
        given().auth().oauth2(Tokens.applicant("porteur-" + UUID.randomUUID())).contentType("application/json")
                .body("{\"emailMode\":\"DIGEST\"}").put("/api/v1/notifications/preferences")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("ne peuvent pas être regroupés ni désactivés"));
        given().auth().oauth2(Tokens.officer("officer-" + UUID.randomUUID())).contentType("application/json")
                .body("{\"emailMode\":\"WEEKLY\"}").put("/api/v1/notifications/preferences")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("emailMode"));
    }
}
