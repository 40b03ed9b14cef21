package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The queue's download on the officers' pages: the same spreadsheet CSV as the API's export, sent as a
 * file to save (never displayed), and the officers' alone.
 */
@QuarkusTest
class QueueExportPageTest {

    @Test
    void an_officer_downloads_the_queue_as_a_spreadsheet_file() {
        byte[] csv = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer")
                .get("/instruction/export.csv?status=SUBMITTED").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment; filename=\"dossiers-acte-"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();

        assertThat(new String(csv, StandardCharsets.UTF_8))
                .startsWith("\ufeffRéférence;Statut;Structure porteuse;SIREN;Projet;");
    }

    @Test
    void an_applicant_cannot_download_the_queue() {
        PortalBrowser.signIn("owner-" + UUID.randomUUID(), "applicant").get("/instruction/export.csv").then()
                .statusCode(403);
    }
}
