package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

@QuarkusTest
class AuditTrailTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_trail_refuses_updates_and_a_tampered_entry_is_detected() throws SQLException {
        String id = Fixtures.submitted("owner-" + UUID.randomUUID());
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(true)).body("entries", greaterThanOrEqualTo(8));

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update audit_entry set actor = 'someone-else' where application_id = '"
                    + id + "' and sequence = 2")).hasMessageContaining("append-only");
            // Someone with the rights to disable the guard still leaves a trace: the chain breaks there.
            sql.execute("alter table audit_entry disable trigger audit_entry_no_update");
            sql.executeUpdate("update audit_entry set after_state = replace(after_state, 'SUBMITTED', 'WITHDRAWN') "
                    + "where application_id = '" + id + "' and action = 'SUBMITTED'");
            sql.execute("alter table audit_entry enable trigger audit_entry_no_update");
        }
        int tampered = as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history", id).then()
                .extract().<Integer>path("find { it.action == 'SUBMITTED' }.sequence");

        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(false)).body("firstBrokenEntry", equalTo(tampered));
    }

    @Test
    void a_group_of_pieces_is_one_entry_and_the_chain_stays_verifiable_to_the_submission() {
        String owner = "owner-" + UUID.randomUUID();
        String id = applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(Fixtures.association(owner)))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        RequestSpecification group = applicant(owner);
        for (String type : Fixtures.ASSOCIATION_DOCUMENTS) {
            group = group.multiPart("type", type).multiPart("file", type.toLowerCase() + ".pdf", Fixtures.PDF,
                    "application/pdf");
        }
        group.post("/api/v1/applications/{id}/documents/batch", id).then().statusCode(201)
                .body("size()", equalTo(Fixtures.ASSOCIATION_DOCUMENTS.size()))
                .body("type", equalTo(Fixtures.ASSOCIATION_DOCUMENTS));
        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200);

        List<String> actions = as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history", id)
                .then().statusCode(200).extract().path("action");
        // The verdict of the rules may be chained after the submission meanwhile.
        assertThat(actions).startsWith("DRAFT_CREATED", "DOCUMENTS_ADDED", "SUBMITTED");
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(true)).body("entries", equalTo(actions.size()));
        applicant(owner).get("/api/v1/applications/{id}/documents", id).then()
                .body("size()", equalTo(Fixtures.ASSOCIATION_DOCUMENTS.size()));
    }

    @Test
    void a_group_with_one_bad_piece_stores_none_and_writes_no_entry() {
        String owner = "owner-" + UUID.randomUUID();
        String id = applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(Fixtures.association(owner)))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        applicant(owner).multiPart("type", "STATUTES").multiPart("file", "statuts.pdf", Fixtures.PDF, "application/pdf")
                .multiPart("type", "BUDGET").multiPart("file", "budget.pdf", new byte[0], "application/pdf")
                .post("/api/v1/applications/{id}/documents/batch", id).then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("detail", containsString("budget.pdf"));

        applicant(owner).get("/api/v1/applications/{id}/documents", id).then().body("size()", equalTo(0));
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(true)).body("entries", equalTo(1));
    }
}
