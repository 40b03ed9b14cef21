package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class DocumentUploadTest {

    private static final byte[] ELF = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};

    @Test
    void a_piece_is_stored_with_its_fingerprint_and_downloaded_under_a_safe_name() throws Exception {
        String owner = "owner-" + UUID.randomUUID();
        String id = draft(owner);

        String documentId = Fixtures.upload(owner, id, "BUDGET", "..\\..\\Budget prévisionnel 2027.pdf", Fixtures.PDF)
                .statusCode(201)
                .body("fileName", equalTo("Budget prévisionnel 2027.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sha256", equalTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Fixtures.PDF))))
                .extract().path("id");

        byte[] content = applicant(owner).get("/api/v1/applications/{id}/documents/{d}", id, documentId)
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", equalTo("attachment; filename=\"Budget_previsionnel_2027.pdf\"; "
                        + "filename*=UTF-8''Budget%20pr%C3%A9visionnel%202027.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .extract().asByteArray();
        org.assertj.core.api.Assertions.assertThat(content).isEqualTo(Fixtures.PDF);
        applicant("stranger").get("/api/v1/applications/{id}/documents/{d}", id, documentId).then().statusCode(404);
    }

    @Test
    void an_executable_renamed_as_a_pdf_is_refused() {
        String owner = "owner-" + UUID.randomUUID();
        Fixtures.upload(owner, draft(owner), "STATUTES", "statuts.pdf", ELF)
                .statusCode(400).body("errors[0].field", equalTo("file"))
                .body("detail", containsString("son contenu a été vérifié"));
    }

    @Test
    void an_empty_file_and_an_unknown_piece_type_are_refused() {
        String owner = "owner-" + UUID.randomUUID();
        String id = draft(owner);
        Fixtures.upload(owner, id, "STATUTES", "vide.pdf", new byte[0]).statusCode(400);
        Fixtures.upload(owner, id, "PASSPORT", "x.pdf", Fixtures.PDF).statusCode(400)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void a_file_over_ten_megabytes_is_refused_with_413() {
        String owner = "owner-" + UUID.randomUUID();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Fixtures.PDF, 0, big, 0, Fixtures.PDF.length);
        Fixtures.upload(owner, draft(owner), "BUDGET", "gros.pdf", big).statusCode(413);
    }

    @Test
    void office_documents_are_recognised_by_their_inside_and_a_zip_bomb_is_not_inflated() throws IOException {
        String owner = "owner-" + UUID.randomUUID();
        String id = draft(owner);
        Fixtures.upload(owner, id, "BUDGET", "budget.docx", zip("[Content_Types].xml", "word/document.xml"))
                .statusCode(201).body("fileName", equalTo("budget.docx"));
        // A zip whose single entry would inflate to 1 GB of zeros: refused without being expanded.
        Fixtures.upload(owner, id, "BUDGET", "budget.docx", bomb()).statusCode(400);
    }

    @Test
    void pieces_cannot_be_added_while_the_region_instructs_the_file() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.upload(owner, id, "OTHER", "x.pdf", Fixtures.PDF).statusCode(409);
        as("officer-1", "officer").multiPart("type", "OTHER").multiPart("file", "x.pdf", Fixtures.PDF, "application/pdf")
                .post("/api/v1/applications/{id}/documents", id).then().statusCode(403);
    }

    private static String draft(String owner) {
        String organisation = Fixtures.association(owner);
        return applicant(owner).contentType("application/json")
                .body("{\"organisationId\":\"" + organisation + "\",\"title\":\"Projet\"}")
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
