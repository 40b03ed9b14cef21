package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Registering an organisation is a claim on its SIREN that an officer verifies before the first deposit;
 * a second claim on a SIREN is answered like any first one and goes to the officers as a dispute.
 */
@QuarkusTest
class ClaimApiTest {

    private static String registration(String siren) {
        return """
                {"name":"Les Jardins du Bassin minier","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","addressLine":"12 rue de la Fosse 9","postcode":"62300",
                 "communeCode":"62498"}""".formatted(siren);
    }

    private static JsonPath register(String subject, String siren) {
        return applicant(subject).contentType(ContentType.JSON).body(registration(siren))
                .post("/api/v1/organisations").then().statusCode(201).extract().jsonPath();
    }

    private static String claimOf(String owner, String organisation) {
        return applicant(owner).get("/api/v1/organisations/{id}/claim", organisation).then().statusCode(200)
                .extract().path("id");
    }

    /** The answer with what necessarily differs between two registrations (ids, people, times) taken out. */
    private static Map<String, Object> shapeOf(JsonPath answer) {
        Map<String, Object> shape = new TreeMap<>(answer.getMap(""));
        shape.keySet().removeAll(java.util.Set.of("id", "siren", "members"));
        shape.put("memberCount", answer.getList("members").size());
        return shape;
    }

    @Test
    void a_claim_on_a_siren_already_registered_is_answered_exactly_as_a_claim_on_a_new_one() {
        String siren = Fixtures.newSiren();
        register("squatter-" + UUID.randomUUID(), siren);

        JsonPath onAClaimedSiren = register("real-president-" + UUID.randomUUID(), siren);
        JsonPath onAFreshSiren = register("someone-" + UUID.randomUUID(), Fixtures.newSiren());

        assertThat(shapeOf(onAClaimedSiren)).isEqualTo(shapeOf(onAFreshSiren));
        assertThat(onAClaimedSiren.getBoolean("verified")).isFalse();
        assertThat(onAClaimedSiren.getString("siren")).isEqualTo(siren);
    }

    @Test
    void a_second_claim_goes_to_the_officers_as_a_dispute_that_only_a_resolution_settles() {
        String siren = Fixtures.newSiren();
        String squatter = "squatter-" + UUID.randomUUID();
        String president = "president-" + UUID.randomUUID();
        String squatted = register(squatter, siren).getString("id");
        String real = register(president, siren).getString("id");
        String squatterClaim = claimOf(squatter, squatted);
        String realClaim = claimOf(president, real);

        as("officer-1", "officer").get("/api/v1/siren-disputes").then().statusCode(200)
                .body("siren", hasItem(siren));
        as("officer-1", "officer").get("/api/v1/organisation-claims").then().statusCode(200)
                .body("find { it.id == '" + realClaim + "' }.disputed", equalTo(true));
        as("officer-1", "officer").post("/api/v1/organisation-claims/{id}/verification", squatterClaim).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("litige"));
        as("officer-1", "officer").contentType(ContentType.JSON).body("{\"claimId\":\"" + realClaim + "\"}")
                .post("/api/v1/siren-disputes/{siren}/resolution", siren).then().statusCode(400)
                .body("errors.field", hasItem("reason"));

        as("officer-1", "officer").contentType(ContentType.JSON)
                .body("{\"claimId\":\"" + realClaim + "\",\"reason\":\"Procès-verbal d'AG désignant la présidente\"}")
                .post("/api/v1/siren-disputes/{siren}/resolution", siren).then().statusCode(200)
                .body("claims.find { it.id == '" + realClaim + "' }.status", equalTo("VERIFIED"))
                .body("claims.find { it.id == '" + squatterClaim + "' }.status", equalTo("REJECTED"));

        applicant(president).get("/api/v1/organisations/{id}", real).then().body("verified", equalTo(true));
        applicant(squatter).get("/api/v1/organisations/{id}/claim", squatted).then()
                .body("statusLabel", equalTo("rejetée"))
                .body("reason", equalTo("Procès-verbal d'AG désignant la présidente"));
        as("officer-1", "officer").get("/api/v1/siren-disputes").then().body("siren", not(hasItem(siren)));
        as("officer-1", "officer").get("/api/v1/organisation-claims/{id}/history", squatterClaim).then()
                .body("action", hasItem("DISPUTE_LOST"))
                .body("find { it.action == 'DISPUTE_LOST' }.after", containsString("Procès-verbal"));
    }

    @Test
    void a_file_is_not_deposited_before_its_organisation_is_verified_and_the_draft_is_kept() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String id = applicant(owner).contentType(ContentType.JSON).body(Fixtures.completeDraftBody(organisation))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        Fixtures.ASSOCIATION_DOCUMENTS.forEach(type -> Fixtures.upload(owner, id, type, "piece.pdf", Fixtures.PDF));

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("n'est pas encore vérifiée"))
                .body("detail", containsString("brouillon est conservé"));
        applicant(owner).get("/api/v1/applications/{id}", id).then().body("status", equalTo("DRAFT"));

        Fixtures.verified(owner, organisation);
        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void only_an_officer_who_does_not_belong_to_the_organisation_verifies_its_claim() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String claim = claimOf(owner, organisation);

        applicant(owner).post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(403);
        as("finance-1", "finance").post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(403);
        as("admin-1", "admin").post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(403);
        as(owner, "officer").post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("déport"));
        applicant(owner).get("/api/v1/organisations/{id}", organisation).then().body("verified", equalTo(false));

        as("officer-1", "officer").post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("statusLabel", equalTo("vérifiée"));
        applicant(owner).get("/api/v1/organisations/{id}", organisation).then().body("verified", equalTo(true));
        as("officer-2", "officer").post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(409)
                .body("detail", equalTo("Cette demande est déjà vérifiée : elle ne peut plus être vérifiée."));
        as("officer-1", "officer").get("/api/v1/organisation-claims/{id}/history", claim).then()
                .body("action", hasItem("REFUSED_CONFLICT_OF_INTEREST"))
                .body("find { it.action == 'REFUSED_CONFLICT_OF_INTEREST' }.actor", equalTo(owner))
                .body("action", hasItem("CLAIM_VERIFIED"));
    }

    @Test
    void a_rejected_claim_says_why_to_its_claimant() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String claim = claimOf(owner, organisation);

        as("officer-1", "officer").contentType(ContentType.JSON).body("{\"reason\":\"\"}")
                .post("/api/v1/organisation-claims/{id}/rejection", claim).then().statusCode(400);
        as("officer-1", "officer").contentType(ContentType.JSON)
                .body("{\"reason\":\"L'extrait RNA joint est celui d'une autre association.\"}")
                .post("/api/v1/organisation-claims/{id}/rejection", claim).then().statusCode(200);
        applicant(owner).get("/api/v1/organisations/{id}/claim", organisation).then()
                .body("status", equalTo("REJECTED"))
                .body("reason", equalTo("L'extrait RNA joint est celui d'une autre association."));
    }

    @Test
    void a_claimant_whose_claim_was_rejected_may_register_the_siren_again_but_not_twice_while_it_stands() {
        String owner = "owner-" + UUID.randomUUID();
        String siren = Fixtures.newSiren();
        String organisation = register(owner, siren).getString("id");
        applicant(owner).contentType(ContentType.JSON).body(registration(siren))
                .post("/api/v1/organisations").then().statusCode(409)
                .body("detail", containsString("Vous avez déjà inscrit"));

        as("officer-1", "officer").contentType(ContentType.JSON)
                .body("{\"reason\":\"Les statuts joints ne nomment pas le demandeur.\"}")
                .post("/api/v1/organisation-claims/{id}/rejection", claimOf(owner, organisation)).then().statusCode(200);

        String again = register(owner, siren).getString("id");
        assertThat(again).isNotEqualTo(organisation);
        applicant(owner).get("/api/v1/organisations/{id}/claim", again).then().body("status", equalTo("PENDING"));
    }

    @Test
    void the_claimant_joins_the_piece_the_officer_checks() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String claim = claimOf(owner, organisation);

        String piece = applicant(owner).multiPart("file", "extrait-rna.pdf", Fixtures.PDF, "application/pdf")
                .post("/api/v1/organisations/{id}/claim/pieces", organisation).then().statusCode(201)
                .extract().path("id");
        applicant(owner).multiPart("file", "x.exe", new byte[] {'M', 'Z', 1, 2}, "application/pdf")
                .post("/api/v1/organisations/{id}/claim/pieces", organisation).then().statusCode(400)
                .body("errors.field", hasItem("file"));
        applicant("intruder-" + UUID.randomUUID()).multiPart("file", "a.pdf", Fixtures.PDF, "application/pdf")
                .post("/api/v1/organisations/{id}/claim/pieces", organisation).then().statusCode(404);

        as("officer-1", "officer").get("/api/v1/organisation-claims/{id}", claim).then().statusCode(200)
                .body("pieces.fileName", hasItem("extrait-rna.pdf"));
        byte[] content = as("officer-1", "officer").get("/api/v1/organisation-claims/{id}/pieces/{p}", claim, piece)
                .then().statusCode(200).extract().asByteArray();
        assertThat(content).isEqualTo(Fixtures.PDF);
        applicant(owner).get("/api/v1/organisation-claims/{id}", claim).then().statusCode(403);
    }
}
