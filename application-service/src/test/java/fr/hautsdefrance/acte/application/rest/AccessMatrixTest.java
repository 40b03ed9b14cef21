package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

/**
 * The IDOR matrix: every {id} endpoint and page, called by an applicant of another organisation,
 * answers 404 (or 403 where the role alone forbids it), never 2xx; regional staff read but do not act
 * as applicants, and the applicants' pages are theirs alone, as on the API.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    private String owner;
    private String file;
    private String organisation;

    /** Once for the class, but after Quarkus has started and REST Assured knows its port. */
    @BeforeEach
    void aSubmittedFileOfAnotherOrganisation() {
        if (file != null) {
            return;
        }
        owner = "owner-" + UUID.randomUUID();
        file = Fixtures.submitted(owner);
        organisation = given().auth().oauth2(Tokens.applicant(owner)).get("/api/v1/applications/{id}", file)
                .then().extract().path("organisationId");
    }

    @ParameterizedTest(name = "{0} {1} by another organisation's applicant")
    @CsvSource(delimiter = '|', value = {
            "GET    | /api/v1/applications/{id}                          |",
            "PUT    | /api/v1/applications/{id}                          | {\"title\":\"x\",\"version\":0}",
            "GET    | /api/v1/applications/{id}/eligibility              |",
            "POST   | /api/v1/applications/{id}/submit                   |",
            "GET    | /api/v1/applications/{id}/receipt                  |",
            "POST   | /api/v1/applications/{id}/withdraw                 |",
            "POST   | /api/v1/applications/{id}/duplicate                |",
            "GET    | /api/v1/applications/{id}/documents                |",
            "GET    | /api/v1/applications/{id}/information-requests     |",
            "GET    | /api/v1/applications/{id}/messages                 |",
            "POST   | /api/v1/applications/{id}/messages                 | {\"body\":\"bonjour\"}",
            "POST   | /api/v1/applications/{id}/agreement/acceptance     |",
            "GET    | /api/v1/applications/{id}/agreement                |",
            "GET    | /api/v1/organisations/{org}                        |",
            "POST   | /api/v1/organisations/{org}/invitations            | {\"email\":\"a@example.org\"}"})
    void another_organisations_applicant_never_reaches_the_file(String method, String path, String body) {
        var request = given().auth().oauth2(Tokens.applicant("intruder-" + UUID.randomUUID()));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method.trim(), path.trim().replace("{id}", file).replace("{org}", organisation))
                .then().statusCode(404);
    }

    @ParameterizedTest(name = "{0} {1} by an applicant, even the owner")
    @CsvSource(delimiter = '|', value = {
            "POST   | /api/v1/applications/{id}/review                | ",
            "PUT    | /api/v1/applications/{id}/assignment            | {\"officer\":\"x\"}",
            "POST   | /api/v1/applications/{id}/annotations           | {\"body\":\"x\"}",
            "GET    | /api/v1/applications/{id}/annotations           | ",
            "POST   | /api/v1/applications/{id}/assessment            | {}",
            "POST   | /api/v1/applications/{id}/corrections           | {\"reason\":\"x\"}",
            "POST   | /api/v1/committee-sessions                      | {\"title\":\"x\",\"date\":\"2027-01-01\",\"envelope\":1}"})
    void staff_actions_are_refused_to_applicants(String method, String path, String body) {
        var request = given().auth().oauth2(Tokens.applicant(owner));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method.trim(), path.trim().replace("{id}", file)).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} {1} by a finance officer")
    @CsvSource(delimiter = '|', value = {
            "POST   | /api/v1/applications/{id}/review                 |",
            "POST   | /api/v1/applications/{id}/submit                 |",
            "POST   | /api/v1/applications/{id}/withdraw               |",
            "PUT    | /api/v1/applications/{id}/assignment             | {\"officer\":\"x\"}"})
    void finance_reads_but_does_not_instruct(String method, String path, String body) {
        var request = given().auth().oauth2(Tokens.of("finance-1", "finance"));
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        request.request(method.trim(), path.trim().replace("{id}", file)).then().statusCode(403);
        given().auth().oauth2(Tokens.of("finance-1", "finance")).get("/api/v1/applications/{id}", file)
                .then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/applications/{id}", "/api/v1/organisations"})
    void anonymous_callers_are_refused(String path) {
        given().get(path.replace("{id}", file)).then().statusCode(401);
    }

    @org.junit.jupiter.api.Test
    void an_officer_cannot_assign_a_file_to_someone_else_but_a_manager_can_to_a_listed_officer() {
        // officer-2 signs in once: the directory lists them from then on.
        given().auth().oauth2(Tokens.officer("officer-2")).get("/api/v1/officers").then().statusCode(200);
        given().auth().oauth2(Tokens.officer("officer-1")).contentType(ContentType.JSON)
                .body("{\"officer\":\"officer-2\"}").put("/api/v1/applications/{id}/assignment", file)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.manager("manager-1")).contentType(ContentType.JSON)
                .body("{\"officer\":\"never-signed-in\"}").put("/api/v1/applications/{id}/assignment", file)
                .then().statusCode(400).body("errors[0].field", equalTo("officer"));
        given().auth().oauth2(Tokens.manager("manager-1")).contentType(ContentType.JSON)
                .body("{\"officer\":\"officer-2\"}")
                .put("/api/v1/applications/{id}/assignment", file)
                .then().statusCode(200).body("instruction.assignedOfficer", anyOf(equalTo("officer-2")))
                .body("instruction.assignedOfficerName", equalTo("Nom de officer-2"));
    }

    @ParameterizedTest(name = "{0} {1} by another organisation's applicant, signed in to the portal")
    @CsvSource({
            "GET, /espace/dossiers/{id}",
            "GET, /espace/dossiers/{id}/etapes/projet",
            "GET, /espace/dossiers/{id}/accuse-de-reception",
            "GET, /espace/dossiers/{id}/convention",
            "GET, /espace/dossiers/{id}/versements",
            "GET, /espace/structures/{org}",
            "POST, /espace/dossiers/{id}/retrait",
            "POST, /espace/dossiers/{id}/messages",
            "POST, /espace/structures/{org}/invitations"})
    void another_organisations_applicant_never_reaches_the_file_in_the_portal(String method, String path) {
        PortalBrowser intruder = PortalBrowser.signIn("intruder-" + UUID.randomUUID(), "applicant");
        String target = path.replace("{id}", file).replace("{org}", organisation);
        int status = method.equals("GET") ? intruder.get(target).statusCode()
                : intruder.submit("/espace", target, java.util.Map.of("confirm", "on", "body", "x",
                        "email", "a@example.org")).statusCode();
        org.assertj.core.api.Assertions.assertThat(status).as(method + " " + target).isEqualTo(404);
    }

    @ParameterizedTest(name = "{1} refused to {0} in the portal")
    @CsvSource({
            "officer, /espace",
            "officer, /espace/structures/nouvelle",
            "manager, /espace/dossiers/{id}",
            "finance, /espace/dossiers/{id}/versements",
            "admin, /espace/structures/{org}",
            "officer, /espace/dossiers/{id}/accuse-de-reception"})
    void the_applicants_pages_are_refused_to_the_staff(String role, String path) {
        PortalBrowser staff = PortalBrowser.signIn(role + "-" + UUID.randomUUID(),
                role.equals("manager") ? new String[] {"officer", "manager"} : new String[] {role, "applicant"});
        staff.get(path.replace("{id}", file).replace("{org}", organisation)).then().statusCode(403);
    }

    @org.junit.jupiter.api.Test
    void a_member_of_the_staff_cannot_register_an_organisation_through_the_portal() {
        PortalBrowser officer = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer", "applicant");
        officer.submit("/instruction", "/espace/structures", java.util.Map.of("name", "Association de l'agent",
                "applicantType", "ESS_ENTERPRISE", "legalForm", "ASSOCIATION", "siren", Fixtures.newSiren(),
                "rna", "W621234567")).then().statusCode(403);
    }

    @ParameterizedTest(name = "{0} refused to an account without any role")
    @CsvSource({"/espace", "/mes-notifications", "/instruction"})
    void an_account_without_a_role_opens_no_personal_page(String path) {
        PortalBrowser.signIn("nobody-" + UUID.randomUUID()).get(path).then().statusCode(403);
    }

    @org.junit.jupiter.api.Test
    void the_staff_pages_are_refused_to_applicants_even_the_owner() {
        PortalBrowser applicant = PortalBrowser.signIn(owner, "applicant");
        applicant.get("/instruction").then().statusCode(403);
        applicant.get("/instruction/dossiers/" + file).then().statusCode(403);
        applicant.get("/espace/dossiers/" + file).then().statusCode(200);
    }
}
