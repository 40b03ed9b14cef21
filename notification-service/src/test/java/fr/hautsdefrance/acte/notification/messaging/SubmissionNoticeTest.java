package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class SubmissionNoticeTest {

    @Test
    void the_applicant_gets_one_notice_per_submission_whatever_the_redeliveries_and_only_they_see_it() {
        String applicant = "applicant-" + UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"applicationId":"%s","reference":"ACTE-2026-000042","title":"Tiers-lieu de Liévin",
                 "submittedBy":"%s","submittedAt":"2026-11-22T09:30:00Z"}
                """.formatted(applicationId, applicant);
        for (int delivery = 0; delivery < 3; delivery++) {
            TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                    eventId, "fr.hautsdefrance.acte.application.submitted.v1", payload);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.applicant(applicant))
                .get("/api/v1/notifications").then().statusCode(200).body("$", hasSize(1)));
        // The later deliveries have been consumed too by now: still exactly one notice.
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                given().auth().oauth2(Tokens.applicant(applicant)).get("/api/v1/notifications")
                        .then().body("$", hasSize(1))
                        .body("[0].title", equalTo("Dossier ACTE-2026-000042 déposé"))
                        .body("[0].body", containsString("« Tiers-lieu de Liévin » a bien été déposée le 22 novembre 2026 à 10h30")));

        String noticeId = given().auth().oauth2(Tokens.applicant(applicant)).get("/api/v1/notifications")
                .then().extract().path("[0].id");
        given().auth().oauth2(Tokens.applicant(applicant)).get("/api/v1/notifications/unread-count")
                .then().body("unread", equalTo(1));
        given().auth().oauth2(Tokens.applicant("someone-else")).get("/api/v1/notifications")
                .then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(Tokens.applicant("someone-else")).post("/api/v1/notifications/{id}/read", noticeId)
                .then().statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(Tokens.applicant(applicant)).post("/api/v1/notifications/{id}/read", noticeId)
                .then().statusCode(200).body("readAt", notNullValue());
        given().auth().oauth2(Tokens.applicant(applicant)).get("/api/v1/notifications/unread-count")
                .then().body("unread", equalTo(0));
        given().get("/api/v1/notifications").then().statusCode(401);
    }

    @Test
    void an_applicant_whose_file_is_declared_inadmissible_is_told_why_and_how_to_appeal() {
        String applicant = "applicant-" + UUID.randomUUID();
        UUID applicationId = UUID.randomUUID();
        TopicWriter.sendEvent(TopicWriter.bootstrapServers(), "acte.application.v1", applicationId.toString(),
                UUID.randomUUID().toString(), "fr.hautsdefrance.acte.application.declared-inadmissible.v1", """
                        {"file":{"applicationId":"%s","reference":"ACTE-2026-000043","title":"Épicerie solidaire",
                                 "organisationId":"%s","organisationName":"Les Paniers","callId":"%s"},
                         "decidedAt":"2026-12-07","decidedBy":"Jeanne Martin",
                         "reason":"Le projet ne réunit pas deux partenaires.",
                         "failedConditions":["Deux partenaires au moins sont requis."],
                         "appealRoute":"Recours gracieux ou contentieux dans un délai de deux mois."}
                        """.formatted(applicationId, Events.organisation(applicant), UUID.randomUUID()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.applicant(applicant))
                .get("/api/v1/notifications").then().statusCode(200).body("$", hasSize(1))
                .body("[0].title", equalTo("Dossier ACTE-2026-000043 : votre demande est déclarée irrecevable"))
                .body("[0].body", containsString("déclarée irrecevable le 7 décembre 2026")));
    }
}
