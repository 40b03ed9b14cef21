package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.StatementsOfRequests;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a deposit costs in SQL: it is the request of the deadline rush, so each statement counts. The file
 * is read and locked once, its pieces read once, its row written once (the status and the audit trail's
 * head together), whatever the events and audit entry written beside it.
 */
@QuarkusTest
class StatementsPerSubmissionTest {

    @Test
    void a_deposit_reads_locks_and_writes_the_file_once_and_reads_its_pieces_once() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.completeDraft(owner);
        String tag = UUID.randomUUID().toString();

        Fixtures.applicant(owner).header(StatementsOfRequests.HEADER, tag)
                .post("/api/v1/applications/{id}/submit", id).then().statusCode(200);
        List<String> statements = StatementsOfRequests.of(tag).stream()
                .map(sql -> sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim()).toList();

        assertThat(statements).as("updates of the file's row").filteredOn(sql -> sql.startsWith("update application "))
                .hasSize(1);
        assertThat(statements).as("locks of the file's row")
                .filteredOn(sql -> sql.matches("select .* from application( \\w+)? where .*for (no key )?update.*"))
                .hasSize(1);
        assertThat(statements).as("readings of its pieces").filteredOn(sql -> sql.matches("select .* from document( \\w+)? .*"))
                .hasSize(1);
    }
}
