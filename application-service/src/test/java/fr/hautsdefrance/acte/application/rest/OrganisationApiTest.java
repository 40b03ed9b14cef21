package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class OrganisationApiTest {

    @Test
    void the_person_who_registers_an_organisation_owns_it_and_its_epci_is_filled_from_the_reference() {
        String owner = "owner-" + UUID.randomUUID();
        String id = Fixtures.association(owner);

        applicant(owner).get("/api/v1/organisations/{id}", id).then().statusCode(200)
                .body("members", hasSize(1))
                .body("members[0].role", equalTo("OWNER"))
                .body("members[0].email", equalTo(owner + "@example.org"))
                .body("epciSiren", equalTo("246200364"));
        applicant(owner).get("/api/v1/organisations").then().body("id", hasItem(id));
    }

    @Test
    void a_siren_is_registered_once_per_person_and_joined_by_invitation() {
        String siren = Fixtures.newSiren();
        String body = """
                {"name":"Coopérative du Pays minier","applicantType":"ESS_ENTERPRISE","legalForm":"COOPERATIVE","siren":"%s",
                 "siret":"%s"}""".formatted(siren, fr.hautsdefrance.acte.stack.Sirens.siretOf(siren));
        applicant("first-" + siren).contentType(ContentType.JSON).body(body).post("/api/v1/organisations")
                .then().statusCode(201);
        applicant("first-" + siren).contentType(ContentType.JSON).body(body).post("/api/v1/organisations")
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("Mes structures"));
    }

    @Test
    void identifiers_are_checked_before_anything_is_stored() {
        applicant("someone").contentType(ContentType.JSON).body("""
                {"name":"X","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"123456789","rna":"W621234567"}""")
                .post("/api/v1/organisations").then().statusCode(400).body("errors.field", hasItem("siren"));
        applicant("someone").contentType(ContentType.JSON).body("""
                {"name":"X","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"%s"}""".formatted(Fixtures.newSiren()))
                .post("/api/v1/organisations").then().statusCode(400).body("errors.field", hasItem("rna"));
        applicant("someone").contentType(ContentType.JSON).body("""
                {"name":"X","applicantType":"ESS_ENTERPRISE","legalForm":"COOPERATIVE","siren":"%s","siret":"12345678200011"}"""
                .formatted(Fixtures.newSiren()))
                .post("/api/v1/organisations").then().statusCode(400).body("errors.field", hasItem("siret"));
    }

    @Test
    void an_organisation_other_than_an_association_names_its_siret_which_the_open_data_file_publishes() {
        String siren = Fixtures.newSiren();
        applicant("someone").contentType(ContentType.JSON).body("""
                {"name":"Coopérative sans SIRET","applicantType":"ESS_ENTERPRISE","legalForm":"COOPERATIVE","siren":"%s"}"""
                .formatted(siren))
                .post("/api/v1/organisations").then().statusCode(400).body("errors.field", hasItem("siret"))
                .body("errors.message", hasItem(org.hamcrest.Matchers.containsString("avis de situation SIRENE")));
        applicant("someone").contentType(ContentType.JSON).body("""
                {"name":"Coopérative avec SIRET","applicantType":"ESS_ENTERPRISE","legalForm":"COOPERATIVE","siren":"%s",
                 "siret":"%s"}""".formatted(siren, fr.hautsdefrance.acte.stack.Sirens.siretOf(siren)))
                .post("/api/v1/organisations").then().statusCode(201);
    }

    @Test
    void an_invitation_is_accepted_and_an_organisation_registered_only_with_a_verified_address() {
        String owner = "owner-" + UUID.randomUUID();
        String invitee = "invitee-" + UUID.randomUUID();
        String id = Fixtures.association(owner);
        String code = applicant(owner).contentType(ContentType.JSON).body("{\"email\":\"" + invitee + "@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", id).then().statusCode(201).extract().path("code");

        given().auth().oauth2(Tokens.withUnverifiedEmail(invitee, "applicant"))
                .post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("Confirmez d'abord votre adresse e-mail"));
        given().auth().oauth2(Tokens.withUnverifiedEmail("owner-" + UUID.randomUUID(), "applicant"))
                .contentType(ContentType.JSON).body("""
                        {"name":"Les Jardins","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                         "siren":"%s","rna":"W621234567","addressLine":"12 rue de la Fosse 9","postcode":"62300",
                         "communeCode":"62498"}""".formatted(Fixtures.newSiren()))
                .post("/api/v1/organisations").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("vérifiée"));
        applicant(invitee).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(200)
                .body("members.subject", hasItems(owner, invitee));
    }

    @Test
    void an_owner_invites_by_email_and_only_the_invited_address_can_join() {
        String owner = "owner-" + UUID.randomUUID();
        String invitee = "invitee-" + UUID.randomUUID();
        String id = Fixtures.association(owner);

        String code = applicant(owner).contentType(ContentType.JSON).body("{\"email\":\"" + invitee + "@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", id).then().statusCode(201).extract().path("code");
        applicant("intruder").post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("autre adresse"));
        applicant(invitee).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(200)
                .body("members.subject", hasItems(owner, invitee));
        applicant(invitee).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(409);
        applicant(invitee).contentType(ContentType.JSON).body("{\"email\":\"x@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", id).then().statusCode(403);
    }

    @Test
    void the_last_owner_cannot_be_removed_and_members_can_leave() {
        String owner = "owner-" + UUID.randomUUID();
        String member = "member-" + UUID.randomUUID();
        String id = Fixtures.association(owner);
        String code = applicant(owner).contentType(ContentType.JSON).body("{\"email\":\"" + member + "@example.org\"}")
                .post("/api/v1/organisations/{id}/invitations", id).then().extract().path("code");
        applicant(member).post("/api/v1/invitations/{code}/acceptance", code).then().statusCode(200);

        applicant(member).delete("/api/v1/organisations/{id}/members/{s}", id, owner).then().statusCode(403);
        applicant(owner).delete("/api/v1/organisations/{id}/members/{s}", id, owner).then().statusCode(409);
        applicant(member).delete("/api/v1/organisations/{id}/members/{s}", id, member).then().statusCode(200)
                .body("members", hasSize(1));
    }

    @Test
    void another_applicant_cannot_see_an_organisation_but_regional_staff_can() {
        String id = Fixtures.association("owner-" + UUID.randomUUID());

        applicant("stranger").get("/api/v1/organisations/{id}", id).then().statusCode(404);
        as("officer-1", "officer").get("/api/v1/organisations/{id}", id).then().statusCode(200);
    }
}
