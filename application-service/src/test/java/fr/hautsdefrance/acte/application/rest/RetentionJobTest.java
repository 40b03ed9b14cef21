package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.domain.retention.RetentionRun;
import fr.hautsdefrance.acte.application.service.RetentionJob;
import fr.hautsdefrance.acte.web.AdjustableClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

/**
 * The retention schedule applied by the job (docs/retention.md): files are made old by moving their
 * dates back, so that the job, run at today's time, finds only them due.
 */
@QuarkusTest
class RetentionJobTest {

    private static final String DRAFT_EXPIRING = "fr.hautsdefrance.acte.application.draft-expiring.v1";
    private static final String FAILED_CHECK = "Le montant demandé (45 000,00 €) dépasse 50 % de l'assiette éligible.";

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
    void a_draft_untouched_for_thirteen_months_is_warned_once_then_deleted_with_its_pieces_and_trail_a_month_later() {
        String owner = "owner-" + UUID.randomUUID();
        String abandoned = Fixtures.completeDraft(owner);
        String recent = Fixtures.completeDraft(owner);
        untouchedSince(abandoned, OffsetDateTime.now().minusMonths(13));

        RetentionRun warning = job.run();
        RetentionRun again = job.run();

        assertThat(warning.draftsWarned).isGreaterThanOrEqualTo(1);
        assertThat(again.draftsWarned).isZero();
        assertThat(again.draftsDeleted).isZero();
        assertThat(eventsOf(abandoned, DRAFT_EXPIRING)).isEqualTo(1);
        assertThat(eventsOf(recent, DRAFT_EXPIRING)).isZero();
        applicant(owner).get("/api/v1/applications/{id}", abandoned).then().statusCode(200);

        time.advance(Duration.ofDays(32));
        RetentionRun deletion = job.run();
        RetentionRun afterDeletion = job.run();

        assertThat(deletion.draftsDeleted).isGreaterThanOrEqualTo(1);
        assertThat(afterDeletion.draftsDeleted).isZero();
        assertThat(afterDeletion.draftsWarned).isZero();
        applicant(owner).get("/api/v1/applications/{id}", abandoned).then().statusCode(404);
        assertThat(rows("select count(*) from document where application_id = ?1", abandoned)).isZero();
        assertThat(rows("select count(*) from audit_entry where application_id = ?1", abandoned)).isZero();
        applicant(owner).get("/api/v1/applications/{id}", recent).then().statusCode(200)
                .body("title", equalTo(Fixtures.TITLE));
        assertThat(rows("select count(*) from document where application_id = ?1", recent))
                .isEqualTo(Fixtures.ASSOCIATION_DOCUMENTS.size());
        as("admin-1", "admin").get("/api/v1/admin/retention-runs").then().statusCode(200)
                .body("id", hasItems(warning.id.intValue(), again.id.intValue(), deletion.id.intValue(),
                        afterDeletion.id.intValue()));
    }

    @Test
    void a_draft_changed_after_the_warning_is_not_deleted_when_the_notice_runs_out() {
        String owner = "owner-" + UUID.randomUUID();
        String draft = Fixtures.completeDraft(owner);
        untouchedSince(draft, OffsetDateTime.now().minusMonths(13));
        job.run();
        Fixtures.upload(owner, draft, "PARTNER_LETTER", "lettre-mairie.pdf", Fixtures.PDF).statusCode(201);

        time.advance(Duration.ofDays(32));
        job.run();

        applicant(owner).get("/api/v1/applications/{id}", draft).then().statusCode(200);
        assertThat(eventsOf(draft, DRAFT_EXPIRING)).isEqualTo(1);
    }

    @Test
    void a_refused_file_past_its_periods_is_anonymised_once_its_trail_still_verifies_and_a_recent_one_is_untouched() {
        String owner = "owner-" + UUID.randomUUID();
        String old = refused(owner);
        String recent = refused(owner);
        decidedOn(old, LocalDate.now().minusYears(5).minusMonths(2).minusDays(1));

        Object requestedAmount = officer().get("/api/v1/applications/{id}", old).then().extract().path("requestedAmount");
        RetentionRun first = job.run();
        RetentionRun second = job.run();

        assertThat(first.filesAnonymised).isGreaterThanOrEqualTo(1);
        assertThat(second.filesAnonymised).isZero();
        officer().get("/api/v1/applications/{id}", old).then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("title", equalTo("Dossier anonymisé"))
                .body("summary", nullValue())
                .body("requestedAmount", equalTo(requestedAmount))
                .body("decision.rejectionReason", equalTo(FAILED_CHECK));
        assertThat(rows("select count(*) from document where application_id = ?1", old)).isZero();
        assertThat(rows("select count(*) from audit_entry where application_id = ?1 and action = 'ANONYMISED'", old))
                .isEqualTo(1);
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", old)
                .then().statusCode(200).body("intact", equalTo(true));
        officer().get("/api/v1/applications/{id}", recent).then().statusCode(200)
                .body("title", equalTo(Fixtures.TITLE));
        assertThat(rows("select count(*) from document where application_id = ?1", recent))
                .isEqualTo(Fixtures.ASSOCIATION_DOCUMENTS.size());
    }

    /** A file declared inadmissible today; returns its id. */
    private static String refused(String owner) {
        String id = Fixtures.submitted(owner);
        Fixtures.assessedByTheRules(owner, id, FAILED_CHECK);
        officer().contentType(ContentType.JSON).body("{\"reason\":\"" + FAILED_CHECK + "\"}")
                .post("/api/v1/applications/{id}/inadmissibility", id).then().statusCode(200);
        return id;
    }

    private void untouchedSince(String id, OffsetDateTime lastChange) {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update application set updated_at = ?2 where id = ?1")
                    .setParameter(1, UUID.fromString(id)).setParameter(2, lastChange).executeUpdate();
            entityManager.createNativeQuery("update document set uploaded_at = ?2 where application_id = ?1")
                    .setParameter(1, UUID.fromString(id)).setParameter(2, lastChange).executeUpdate();
        });
    }

    private void decidedOn(String id, LocalDate day) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update application set decided_at = ?2 where id = ?1")
                .setParameter(1, UUID.fromString(id)).setParameter(2, day).executeUpdate());
    }

    private long eventsOf(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, id).setParameter(2, type).getSingleResult()).longValue());
    }

    private long rows(String countQuery, String id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(countQuery)
                .setParameter(1, UUID.fromString(id)).getSingleResult()).longValue());
    }

    private static io.restassured.specification.RequestSpecification officer() {
        return as("officer-1", "officer");
    }
}
