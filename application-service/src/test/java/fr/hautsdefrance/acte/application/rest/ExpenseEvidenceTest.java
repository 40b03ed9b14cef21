package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The invoices and statements of a payment request are pieces of the file, joined once the
 * agreement is signed, with the same checks of content and size as the application's pieces, and
 * read by the officer who liquidates the request. The portal's statement form takes them as files.
 */
@QuarkusTest
class ExpenseEvidenceTest {

    private static final byte[] TEXT = "Facture recopiée à la main".getBytes(StandardCharsets.UTF_8);

    @Test
    void expense_evidence_is_refused_before_the_agreement_is_signed() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.upload(owner, id, "EXPENSE_EVIDENCE", "facture-12.pdf", Fixtures.PDF).statusCode(409)
                .body("detail", containsString("convention signée"));
    }

    @Test
    void an_invoice_is_joined_once_to_a_signed_file_checked_like_any_piece_and_read_by_the_officer() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");

        String invoice = Fixtures.upload(owner, id, "EXPENSE_EVIDENCE", "facture-12.pdf", Fixtures.PDF)
                .statusCode(201).body("type", equalTo("EXPENSE_EVIDENCE")).body("fileName", equalTo("facture-12.pdf"))
                .extract().path("id");
        // The same invoice sent again (a form sent twice) is kept once.
        Fixtures.upload(owner, id, "EXPENSE_EVIDENCE", "facture-12.pdf", Fixtures.PDF).statusCode(201)
                .body("id", equalTo(invoice));
        Fixtures.upload(owner, id, "EXPENSE_EVIDENCE", "facture-13.pdf", TEXT).statusCode(400)
                .body("errors[0].field", equalTo("file")).body("detail", containsString("n'est pas un PDF"));
        // The other pieces stay closed once the file is decided.
        Fixtures.upload(owner, id, "BUDGET", "budget.pdf", Fixtures.PDF).statusCode(409);

        List<String> evidence = as("officer-1", "officer").get("/api/v1/applications/{id}/documents", id).then()
                .statusCode(200).body("id", hasItem(invoice)).extract()
                .path("findAll { it.type == 'EXPENSE_EVIDENCE' }.fileName");
        assertThat(evidence).containsExactly("facture-12.pdf");
        as("officer-1", "officer").get("/api/v1/applications/{id}/documents/{d}", id, invoice).then().statusCode(200)
                .contentType("application/pdf");
    }

    @Test
    void the_statement_form_keeps_the_files_joined_to_its_rows_and_says_which_one_is_refused() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.signed(owner, null, "30000.00");
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        String page = "/espace/dossiers/" + id + "/versements";
        String token = browser.formToken(page);

        browser.request().multiPart("csrf", token).multiPart("idempotencyKey", UUID.randomUUID().toString())
                .multiPart("kind", "INSTALMENT").multiPart("action", "envoyer")
                .multiPart("lineCategory0", "ANIMATION_ENGINEERING").multiPart("lineLabel0", "Animation")
                .multiPart("lineAmount0", "12 000,00").multiPart("lineDocuments0", "fiche de paie mars")
                .multiPart("lineFiles0", "facture-21.pdf", Fixtures.PDF, "application/pdf")
                .multiPart("lineFiles0", "notes.txt", TEXT, "text/plain")
                .post(page + "/demandes").then().statusCode(200)
                .body(containsString("Ligne 1, « notes.txt » : Ce fichier n&#39;est pas un PDF"));

        List<String> kept = applicant(owner).get("/api/v1/applications/{id}/documents", id).then().statusCode(200)
                .extract().path("findAll { it.type == 'EXPENSE_EVIDENCE' }.fileName");
        assertThat(kept).containsExactly("facture-21.pdf");
    }
}
