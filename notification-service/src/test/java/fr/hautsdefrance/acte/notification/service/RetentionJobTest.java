package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.Deliveries;
import fr.hautsdefrance.acte.notification.Events;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.notification.domain.RetentionRun;
import fr.hautsdefrance.acte.testing.Tokens;
import fr.hautsdefrance.acte.web.AdjustableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * Notices and the e-mail log follow their files (docs/retention.md): made old by moving their dates
 * back, or seen passing their period by moving the service's clock forward.
 */
@QuarkusTest
class RetentionJobTest {

    @Inject
    RetentionJob job;

    @Inject
    AdjustableClock time;

    @Inject
    EntityManager entityManager;

    @AfterEach
    void backToTheRealTime() {
        time.reset();
    }

    @Test
    void notices_and_e_mails_older_than_the_appeal_and_archive_periods_are_removed_once_and_recent_ones_kept() {
        String member = "member-" + UUID.randomUUID();
        String formerMember = "former-" + UUID.randomUUID();
        String withoutAddress = "nobody-" + UUID.randomUUID();
        String old = submitted(member, formerMember, withoutAddress);
        String recent = submitted(member);
        awaitNotices(member, 2);
        awaitSent(old, 2);
        awaitSent(recent, 1);
        madeOn(old, OffsetDateTime.now().minusYears(5).minusMonths(2).minusDays(1));
        forgottenSince(formerMember, OffsetDateTime.now().minusYears(6));

        RetentionRun first = job.run();
        RetentionRun second = job.run();

        assertThat(first.noticesDeleted).isGreaterThanOrEqualTo(3);
        assertThat(first.deliveriesErased).isGreaterThanOrEqualTo(3);
        assertThat(first.recipientsDeleted).isGreaterThanOrEqualTo(1);
        assertThat(first.failures).isZero();
        assertThat(List.of(second.noticesDeleted, second.deliveriesErased, second.remindersDeleted,
                second.recipientsDeleted, second.failures)).containsOnly(0);
        given().auth().oauth2(Tokens.applicant(member)).get("/api/v1/notifications").then().statusCode(200)
                .body("$", hasSize(1)).body("[0].body", containsString("« Jardin " + recent + " »"));
        for (Delivery erased : Deliveries.ofEvent(old)) {
            admin().get("/api/v1/notifications/deliveries/{id}", erased.id).then().statusCode(200)
                    .body("address", nullValue()).body("subject", nullValue()).body("lastError", nullValue())
                    .body("erasedAt", notNullValue())
                    // What the log keeps: that an e-mail of this kind went to this person, when, and how.
                    .body("kind", equalTo("APPLICATION_SUBMITTED")).body("status", equalTo(erased.status().name()))
                    .body("recipientSubject", equalTo(erased.recipientSubject)).body("createdAt", notNullValue());
            assertThat(erased.textBody).isNull();
            assertThat(erased.htmlBody).isNull();
            assertThat(erased.recipientName).isNull();
        }
        assertThat(Deliveries.ofEvent(old)).extracting(Delivery::status)
                .containsExactlyInAnyOrder(DeliveryStatus.SENT, DeliveryStatus.SENT, DeliveryStatus.FAILED);
        Delivery kept = Deliveries.oneOfEvent(recent);
        assertThat(kept.address()).isEqualTo(Events.address(member));
        assertThat(kept.textBody).contains("Jardin " + recent);
        assertThat(kept.erasedAt()).isNull();
        assertThat(recipients(formerMember)).isZero();
        assertThat(recipients(member)).isOne();
        // An erased e-mail has nothing left to send.
        Delivery failed = Deliveries.ofEvent(old).stream().filter(d -> d.status() == DeliveryStatus.FAILED)
                .findFirst().orElseThrow();
        admin().post("/api/v1/notifications/deliveries/{id}/retry", failed.id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("effacé"));
        admin().get("/api/v1/admin/retention-runs").then().statusCode(200)
                .body("id", hasItems(first.id.intValue(), second.id.intValue()))
                .body("[0].id", equalTo(second.id.intValue()));
    }

    @Test
    void a_drafts_deletion_warning_goes_once_its_notice_has_run_as_the_draft_does() {
        String member = "member-" + UUID.randomUUID();
        String warning = Events.newId();
        UUID draft = UUID.randomUUID();
        Events.send(Events.APPLICATIONS, draft.toString(), warning, "application.draft-expiring", """
                {"file":%s,"lastChangedOn":"2025-11-02","deletionOn":"2027-01-07"}"""
                .formatted(Events.file(draft, Events.reference(), "Brouillon abandonné", Events.organisation(member))));
        awaitNotices(member, 1);
        awaitSent(warning, 1);

        job.run();
        assertThat(Deliveries.oneOfEvent(warning).erasedAt()).isNull();

        time.advance(Duration.ofDays(32));
        RetentionRun due = job.run();

        assertThat(due.noticesDeleted).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(Tokens.applicant(member)).get("/api/v1/notifications").then().body("$", hasSize(0));
        assertThat(Deliveries.oneOfEvent(warning).erasedAt()).isNotNull();
    }

    /** A submission whose e-mails go to the organisation's members listed; returns the event's id (also in the title). */
    private static String submitted(String... members) {
        String eventId = Events.newId();
        UUID file = UUID.randomUUID();
        String reference = Events.reference();
        StringBuilder contacts = new StringBuilder();
        for (String member : members) {
            contacts.append(contacts.isEmpty() ? "" : ",").append(member.startsWith("nobody-")
                    ? "{\"subject\":\"" + member + "\"}" : Events.contact(member));
        }
        UUID organisation = UUID.randomUUID();
        Events.contactsRecord(organisation, 1, contacts.toString());
        Events.send(Events.APPLICATIONS, file.toString(), eventId, "application.submitted", """
                {"applicationId":"%s","reference":"%s","title":"Jardin %s","submittedBy":"%s",
                 "submittedAt":"2026-11-22T09:30:00Z","file":%s}"""
                .formatted(file, reference, eventId, members[0],
                        Events.file(file, reference, "Jardin " + eventId, organisation)));
        return eventId;
    }

    private static void awaitNotices(String member, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(Tokens.applicant(member))
                .get("/api/v1/notifications").then().statusCode(200).body("$", hasSize(count)));
    }

    private static void awaitSent(String eventId, int count) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(Deliveries.ofEvent(eventId))
                .extracting(Delivery::status).filteredOn(status -> status == DeliveryStatus.SENT).hasSize(count));
    }

    /** The event's notices and e-mails moved back to {@code day}. */
    private void madeOn(String eventId, OffsetDateTime day) {
        QuarkusTransaction.requiringNew().run(() -> {
            for (String table : List.of("notification", "delivery")) {
                entityManager.createNativeQuery("update " + table + " set created_at = ?2 where event_id = ?1")
                        .setParameter(1, eventId).setParameter(2, day).executeUpdate();
            }
        });
    }

    private void forgottenSince(String subject, OffsetDateTime day) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update recipient set updated_at = ?2 where subject = ?1")
                .setParameter(1, subject).setParameter(2, day).executeUpdate());
    }

    private long recipients(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from recipient where subject = ?1").setParameter(1, subject).getSingleResult())
                .longValue());
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().auth().oauth2(Tokens.of("admin-1", "admin"));
    }
}
