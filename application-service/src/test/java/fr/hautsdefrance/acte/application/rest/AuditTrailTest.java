package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
}
