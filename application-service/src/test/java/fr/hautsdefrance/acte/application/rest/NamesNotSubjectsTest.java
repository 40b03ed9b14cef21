package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * People are named, never shown by their identity-provider subject: the history (staff's and
 * applicant's), the officers' export and the letters are scanned for every subject involved.
 * Drafts stay the applicant's: the Region's queue and export list deposited files only.
 */
@QuarkusTest
class NamesNotSubjectsTest {

    private final String applicant = UUID.randomUUID().toString();
    private final String officer = UUID.randomUUID().toString();
    private final String manager = UUID.randomUUID().toString();

    @Test
    void no_subject_appears_in_the_history_the_export_or_the_receipt_and_people_are_named() throws Exception {
        String id = submittedFile();
        officer().get("/api/v1/officers").then().statusCode(200);
        manager().get("/api/v1/officers").then().statusCode(200)
                .body("name", hasItem("Jeanne Martin"));
        manager().contentType(ContentType.JSON).body("{\"officer\":\"" + officer + "\"}")
                .put("/api/v1/applications/{id}/assignment", id).then().statusCode(200)
                .body("instruction.assignedOfficerName", equalTo("Jeanne Martin"));
        officer().post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        String request = officer().contentType(ContentType.JSON).body("""
                {"message":"Merci de joindre la lettre de la mairie.","deadline":"%s"}""".formatted(LocalDate.now()
                        .plusDays(10))).post("/api/v1/applications/{id}/information-requests", id)
                .then().statusCode(200).extract().path("id");
        applicantSpec().contentType(ContentType.JSON).body("{\"answer\":\"La voici.\"}")
                .post("/api/v1/applications/{id}/information-requests/{rid}/answer", id, request).then().statusCode(200);
        officer().contentType(ContentType.JSON).body("{\"body\":\"Note interne.\"}")
                .post("/api/v1/applications/{id}/annotations", id).then().statusCode(200);

        String staffHistory = manager().get("/api/v1/applications/{id}/history", id).then().statusCode(200)
                .body("actor", hasItem("Jeanne Martin (Région)")).body("actor", hasItem("Camille Lefebvre"))
                .body("action", hasItem("ANNOTATED")).extract().asString();
        String applicantHistory = applicantSpec().get("/api/v1/applications/{id}/history", id).then().statusCode(200)
                .body("actor", hasItem("Paul Durand (Région)")).body("action", not(hasItem("ANNOTATED")))
                .extract().asString();
        String export = officer().get("/api/v1/exports/applications.csv").then().statusCode(200).extract().asString();
        String receipt = ApplicationJourneyTest.text(applicantSpec().get("/api/v1/applications/{id}/receipt", id)
                .then().statusCode(200).extract().asByteArray());

        for (String page : List.of(staffHistory, applicantHistory, export, receipt)) {
            assertThat(page).doesNotContain(applicant).doesNotContain(officer).doesNotContain(manager);
        }
        assertThat(applicantHistory).doesNotContain("Note interne").doesNotContain("\"before\":\"");
        assertThat(export).contains("Jeanne Martin");
    }

    @Test
    void the_regions_queue_counts_and_export_list_deposited_files_only() {
        String draft = applicantSpec().contentType(ContentType.JSON)
                .body("{\"organisationId\":\"" + organisation() + "\",\"title\":\"Brouillon privé " + applicant + "\"}")
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");

        officer().queryParam("q", "Brouillon privé " + applicant).get("/api/v1/applications").then().statusCode(200)
                .body("total", equalTo(0)).body("countsByStatus.DRAFT", org.hamcrest.Matchers.nullValue());
        assertThat(officer().get("/api/v1/exports/applications.csv").then().extract().asString())
                .doesNotContain("Brouillon privé " + applicant);
        applicantSpec().get("/api/v1/applications").then().body("items.id", hasItem(draft));
    }

    private String submittedFile() {
        String id = applicantSpec().contentType(ContentType.JSON).body(Fixtures.completeDraftBody(organisation()))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        for (String type : Fixtures.ASSOCIATION_DOCUMENTS) {
            applicantSpec().multiPart("type", type).multiPart("file", "piece.pdf", Fixtures.PDF, "application/pdf")
                    .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
        }
        applicantSpec().post("/api/v1/applications/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private String organisation() {
        String organisation = applicantSpec().contentType(ContentType.JSON).body("""
                {"name":"Les Jardins du Bassin minier","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","communeCode":"62498"}""".formatted(Fixtures.newSiren()))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        Fixtures.verified(applicant, organisation);
        return organisation;
    }

    private RequestSpecification applicantSpec() {
        return given().auth().oauth2(Tokens.named(applicant, "Camille Lefebvre", "camille@jardins.example", "applicant"));
    }

    private RequestSpecification officer() {
        return given().auth().oauth2(Tokens.named(officer, "Jeanne Martin", "jeanne.martin@region.example", "officer"));
    }

    private RequestSpecification manager() {
        return given().auth().oauth2(Tokens.named(manager, "Paul Durand", "paul.durand@region.example", "officer",
                "manager"));
    }
}
