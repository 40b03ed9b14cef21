package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.service.LegalClocks;
import fr.hautsdefrance.acte.testing.TopicReader;
import fr.hautsdefrance.acte.testing.TopicWriter;
import fr.hautsdefrance.acte.web.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static fr.hautsdefrance.acte.application.rest.ApplicationJourneyTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The deadlines the law sets, seen passing on the service's adjustable clock. */
@QuarkusTest
class LegalClocksTest {

    @Inject
    AdjustableClock time;

    @Inject
    LegalClocks clocks;

    @Inject
    java.time.Clock clock;

    @AfterEach
    void backToTheRealTime() {
        time.reset();
    }

    @Test
    void silence_two_months_after_the_complete_deposit_is_an_implicit_rejection_the_officers_hear_of_before_and_when_it_is_born() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        LocalDate deposit = today();
        LocalDate implicitDecision = deposit.plusMonths(2);
        applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("implicitDecisionOn", equalTo(implicitDecision.toString()));

        moveTo(implicitDecision.minusDays(16));
        clocks.check();
        moveTo(implicitDecision.minusDays(15));
        clocks.check();
        clocks.check();
        moveTo(implicitDecision);
        clocks.check();
        clocks.check();

        List<String> alerts = eventsOf(id, 3).stream().map(r -> TopicReader.header(r, "ce_type")).filter(t ->
                t.contains("implicit")).toList();
        assertThat(alerts).containsExactly("fr.hautsdefrance.acte.application.implicit-decision-approaching.v1",
                "fr.hautsdefrance.acte.application.implicitly-rejected.v1");
        officer().get("/api/v1/applications/{id}/history", id).then()
                .body("action", org.hamcrest.Matchers.hasItem("IMPLICITLY_REJECTED"));
    }

    @Test
    void the_two_months_start_again_when_the_pieces_asked_for_arrive() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        officer().post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        String request = requestInformation(id, today().plusDays(10));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("implicitDecisionOn", nullValue());

        moveTo(today().plusDays(6));
        applicant(owner).contentType(ContentType.JSON).body("{\"answer\":\"Voici la lettre.\"}")
                .post("/api/v1/applications/{id}/information-requests/{rid}/answer", id, request)
                .then().statusCode(200);

        applicant(owner).get("/api/v1/applications/{id}", id).then()
                .body("implicitDecisionOn", equalTo(today().plusMonths(2).toString()));
    }

    @Test
    void an_unanswered_request_is_told_to_the_officer_who_extends_it_then_closes_the_file_and_a_late_answer_is_refused()
            throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        officer().post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        LocalDate deadline = today().plusDays(10);
        String request = requestInformation(id, deadline);
        officer().contentType(ContentType.JSON).body("{\"reason\":\"Pièces non reçues.\"}")
                .post("/api/v1/applications/{id}/closure", id).then().statusCode(409);

        moveTo(deadline.plusDays(1));
        clocks.check();
        officer().get("/api/v1/applications/{id}/information-requests", id).then().body("[0].overdue", equalTo(true));
        LocalDate extended = today().plusDays(7);
        officer().contentType(ContentType.JSON).body("{\"deadline\":\"" + today() + "\"}")
                .put("/api/v1/applications/{id}/information-requests/{rid}/deadline", id, request).then().statusCode(422);
        officer().contentType(ContentType.JSON).body("{\"deadline\":\"" + extended + "\"}")
                .put("/api/v1/applications/{id}/information-requests/{rid}/deadline", id, request).then().statusCode(200)
                .body("overdue", equalTo(false)).body("deadline", equalTo(extended.toString()));

        moveTo(extended.plusDays(1));
        clocks.check();
        officer().contentType(ContentType.JSON).body("{\"reason\":\"La lettre d'engagement n'est pas parvenue.\"}")
                .post("/api/v1/applications/{id}/closure", id).then().statusCode(200)
                .body("status", equalTo("CLOSED_AS_INCOMPLETE"))
                .body("closure.reason", equalTo("La lettre d'engagement n'est pas parvenue."));

        applicant(owner).contentType(ContentType.JSON).body("{\"answer\":\"La voici, en retard.\"}")
                .post("/api/v1/applications/{id}/information-requests/{rid}/answer", id, request)
                .then().statusCode(422).body("detail", containsString("classé sans suite"));
        assertThat(text(applicant(owner).get("/api/v1/applications/{id}/closure-letter", id).then().statusCode(200)
                .extract().asByteArray())).contains("Classement sans suite", "La lettre d'engagement n'est pas parvenue.",
                "recours gracieux", "Télérecours citoyens");
        List<String> types = eventsOf(id, 8).stream().map(r -> TopicReader.header(r, "ce_type")
                .replace("fr.hautsdefrance.acte.application.", "").replace(".v1", "")).toList();
        assertThat(types).containsSubsequence("information-requested", "information-overdue",
                "information-deadline-extended", "information-overdue", "closed");
    }

    @Test
    void an_answer_after_the_deadline_but_before_the_closure_is_accepted() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        officer().post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        LocalDate deadline = today().plusDays(5);
        String request = requestInformation(id, deadline);

        moveTo(deadline.plusDays(3));
        applicant(owner).contentType(ContentType.JSON).body("{\"answer\":\"Avec retard, la voici.\"}")
                .post("/api/v1/applications/{id}/information-requests/{rid}/answer", id, request)
                .then().statusCode(200);
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("UNDER_REVIEW"));
    }

    private String requestInformation(String id, LocalDate deadline) {
        return officer().contentType(ContentType.JSON).body("""
                {"message":"Merci de joindre la lettre d'engagement de la mairie.","items":["Lettre d'engagement"],
                 "deadline":"%s"}""".formatted(deadline))
                .post("/api/v1/applications/{id}/information-requests", id).then().statusCode(200).extract().path("id");
    }

    private void moveTo(LocalDate day) {
        time.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), day)));
    }

    /** Today by the service's clock, as it moves. */
    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
    }

    private static List<ConsumerRecord<String, String>> eventsOf(String id, int atLeast) {
        return TopicReader.read(TopicWriter.bootstrapServers(), "acte.application.v1", r -> id.equals(r.key()), atLeast,
                Duration.ofSeconds(30));
    }

    private static RequestSpecification officer() {
        return as("officer-1", "officer");
    }
}
