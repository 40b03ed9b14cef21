package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A NUL character in a title, a message or a name, and a date such as +999999999-12-31, are a 400
 * naming the field, never a 500 from the database; invisible formatting characters are removed from
 * titles, names and file names. The rule is the platform's (web-support), not each field's.
 */
@QuarkusTest
class OutOfRangeInputTest {

    @Test
    void a_nul_character_is_refused_naming_the_field_wherever_it_is_sent() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);

        applicant(owner).contentType(ContentType.JSON)
                .body("{\"organisationId\":\"" + organisation + "\",\"title\":\"Ressourcerie\\u0000\"}")
                .post("/api/v1/applications").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title")).body("errors[0].message", containsString("U+0000"));
        applicant(owner).contentType(ContentType.JSON).body("""
                {"name":"Les Jardins\\u0000","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","addressLine":"12 rue de la Fosse 9","postcode":"62300",
                 "communeCode":"62498"}""".formatted(Fixtures.newSiren()))
                .post("/api/v1/organisations").then().statusCode(400).body("errors[0].field", equalTo("name"));
        String id = Fixtures.submitted(owner);
        applicant(owner).contentType(ContentType.JSON).body("{\"body\":\"Bonjour\\u0000\"}")
                .post("/api/v1/applications/{id}/messages", id).then().statusCode(400)
                .body("errors[0].field", equalTo("body"));
        as("officer-1", "officer").urlEncodingEnabled(false).get("/api/v1/applications?q=Ressour%00cerie")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));

        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");
        browser.submit("/espace/dossiers/" + id, "/espace/dossiers/" + id + "/messages", Map.of("body", "Bonjour\u0000"))
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("caractère de contrôle"));
    }

    @Test
    void a_date_whose_year_is_not_four_digits_is_refused_naming_the_field() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("2028-06-30", "+999999999-12-31"))
                .post("/api/v1/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("project.endDate"))
                .body("errors[0].message", containsString("quatre chiffres"));

        String id = Fixtures.submitted(owner);
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as("officer-1", "officer").contentType(ContentType.JSON)
                .body("{\"message\":\"Pièce manquante.\",\"items\":[\"Statuts\"],\"deadline\":\"+999999999-12-31\"}")
                .post("/api/v1/applications/{id}/information-requests", id).then().statusCode(400)
                .body("errors[0].field", equalTo("deadline"));
    }

    @Test
    void invisible_formatting_characters_are_removed_from_titles_and_file_names() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        String id = applicant(owner).contentType(ContentType.JSON)
                .body("{\"organisationId\":\"" + organisation + "\",\"title\":\"Ressour\\u200Bcerie\\u202E de Lens\"}")
                .post("/api/v1/applications").then().statusCode(201).body("title", equalTo("Ressourcerie de Lens"))
                .extract().path("id");

        Fixtures.upload(owner, id, "BUDGET", "budget\u202Efdp.exe", Fixtures.PDF).statusCode(201)
                .body("fileName", equalTo("budgetfdp.pdf"));
    }
}
