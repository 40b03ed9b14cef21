package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Conflicts of interest and separation of duties (ACTE.md): the Region's staff do not apply, a
 * member of the staff who belongs to the applicant organisation takes no part in its file, and who
 * assessed a file does not record its vote. Refusals are answered in French and kept in the trail.
 */
@QuarkusTest
class ImpartialityTest {

    private static final String ASSESSMENT = """
            {"cooperation":3,"localAnchoring":2,"inhabitantsInvolvement":2,"nonRelocatableActivity":2,
             "swarmingPotential":1,"proposedAmount":30000.00,"justification":"Proposition."}""";

    @Test
    void a_member_of_the_staff_cannot_register_an_organisation_or_write_a_file_even_holding_the_applicant_role() {
        String officer = "officer-" + UUID.randomUUID();
        as(officer, "applicant", "officer").contentType(ContentType.JSON).body("""
                {"name":"Association de l'agent","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","addressLine":"1 rue de la Mairie","postcode":"62300",
                 "communeCode":"62498"}""".formatted(Fixtures.newSiren()))
                .post("/api/v1/organisations").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("agents de la Région"));
        as(officer, "applicant", "manager").contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(UUID.randomUUID().toString()))
                .post("/api/v1/applications").then().statusCode(403);
        as(officer, "applicant", "finance").post("/api/v1/invitations/{code}/acceptance", "ABCDEFGH")
                .then().statusCode(403);
    }

    @Test
    void a_member_of_the_organisation_who_joined_the_staff_takes_no_part_in_its_file_and_the_attempt_is_kept() {
        String member = "owner-" + UUID.randomUUID();
        String id = Fixtures.submitted(member);
        Fixtures.eligible(member, id);

        as(member, "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("déport"));
        as(member, "officer", "manager").contentType(ContentType.JSON).body("{\"officer\":\"officer-1\"}")
                .put("/api/v1/applications/{id}/assignment", id).then().statusCode(403);

        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as(member, "officer").contentType(ContentType.JSON).body(ASSESSMENT)
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(403);
        as("officer-1", "officer").get("/api/v1/applications/{id}", id).then()
                .body("status", equalTo("UNDER_REVIEW")).body("instruction.proposedAmount", equalTo(null));
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history", id).then().statusCode(200)
                .body("findAll { it.action == 'REFUSED_CONFLICT_OF_INTEREST' }.actor", hasItem("Nom de " + member + " (Région)"))
                .body("findAll { it.action == 'REFUSED_CONFLICT_OF_INTEREST' }.size()", equalTo(3));
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history/verification", id).then()
                .body("intact", equalTo(true));
    }

    @Test
    void the_manager_who_assessed_a_file_does_not_record_its_vote_another_manager_does() {
        String owner = "owner-" + UUID.randomUUID();
        String assessor = "manager-" + UUID.randomUUID();
        String id = Fixtures.submitted(owner);
        Fixtures.eligible(owner, id);
        as(assessor, "officer", "manager").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as(assessor, "officer", "manager").contentType(ContentType.JSON).body(ASSESSMENT)
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200);
        String session = Fixtures.heldSession("100000.00");
        as(assessor, "officer", "manager").contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        String vote = """
                {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"%s"}"""
                .formatted(id, Fixtures.deliberationNumber());

        as(assessor, "officer", "manager").contentType(ContentType.JSON).body(vote)
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(403)
                .body("detail", containsString("séparation des tâches"));
        as("manager-1", "officer", "manager").contentType(ContentType.JSON).body(vote)
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        as("manager-1", "officer", "manager").get("/api/v1/applications/{id}/history", id).then()
                .body("findAll { it.action == 'REFUSED_SEPARATION_OF_DUTIES' }.actor", hasItem("Nom de " + assessor + " (Région)"));
    }
}
