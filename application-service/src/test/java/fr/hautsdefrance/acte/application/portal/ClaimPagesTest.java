package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.Fixtures;
import fr.hautsdefrance.acte.application.PortalBrowser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The portal's side of claims: the applicant sees the verification pending, officers verify and settle disputes. */
@QuarkusTest
class ClaimPagesTest {

    private static String claimOf(String owner, String organisation) {
        return applicant(owner).get("/api/v1/organisations/{id}/claim", organisation).then().extract().path("id");
    }

    @Test
    void the_applicant_sees_the_organisation_waiting_for_verification_and_joins_the_piece() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        PortalBrowser browser = PortalBrowser.signIn(owner, "applicant");

        browser.get("/espace/structures/" + organisation).then().statusCode(200)
                .body(containsString("En attente de vérification"));
        browser.get("/espace/structures/" + organisation + "/verification").then().statusCode(200)
                .body(containsString("extrait du Répertoire national des associations"));
        browser.request().multiPart("csrf", browser.formToken("/espace/structures/" + organisation + "/verification"))
                .multiPart("file", "statuts.pdf", Fixtures.PDF, "application/pdf")
                .post("/espace/structures/" + organisation + "/verification/pieces").then().statusCode(303);
        browser.get("/espace/structures/" + organisation + "/verification").then().body(containsString("statuts.pdf"));

        PortalBrowser officer = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer");
        String claim = claimOf(owner, organisation);
        officer.get("/instruction/structures").then().statusCode(200)
                .body(containsString("/instruction/structures/demandes/" + claim));
        officer.get("/instruction/structures/demandes/" + claim).then().statusCode(200).body(containsString("statuts.pdf"));
        officer.submit("/instruction/structures/demandes/" + claim,
                "/instruction/structures/demandes/" + claim + "/verification", Map.of()).then().statusCode(303);

        browser.get("/espace/structures/" + organisation).then().body(containsString("Structure vérifiée"))
                .body(not(containsString("En attente de vérification")));
    }

    @Test
    void an_officer_settles_a_dispute_from_its_page_and_the_other_claimant_reads_the_reason_in_french() {
        String siren = Fixtures.newSiren();
        String squatter = "squatter-" + UUID.randomUUID();
        String president = "president-" + UUID.randomUUID();
        String body = """
                {"name":"Les Jardins","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"%s",
                 "rna":"W621234567","communeCode":"62498"}""".formatted(siren);
        String squatted = applicant(squatter).contentType(ContentType.JSON).body(body).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        String real = applicant(president).contentType(ContentType.JSON).body(body).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        PortalBrowser officer = PortalBrowser.signIn("officer-" + UUID.randomUUID(), "officer");
        String page = "/instruction/structures/litiges/" + siren;

        officer.get("/instruction/structures").then().body(containsString(page));
        officer.submit(page, page + "/decision", Map.of("claimId", claimOf(president, real), "reason", ""))
                .then().statusCode(400).body(containsString("motif"));
        officer.submit(page, page + "/decision", Map.of("claimId", claimOf(president, real),
                "reason", "Le procès-verbal d'assemblée générale désigne Mme Lefebvre")).then().statusCode(303);

        applicant(president).get("/api/v1/organisations/{id}", real).then().body("verified", equalTo(true));
        PortalBrowser.signIn(squatter, "applicant").get("/espace/structures/" + squatted + "/verification").then()
                .statusCode(200).body(containsString("Demande rejetée"))
                .body(containsString("Le procès-verbal d&#39;assemblée générale désigne Mme Lefebvre"));
    }

    @Test
    void the_verification_pages_are_the_staffs_and_only_officers_decide() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.unverifiedAssociation(owner);
        String claim = claimOf(owner, organisation);

        PortalBrowser.signIn(owner, "applicant").get("/instruction/structures").then().statusCode(403);
        PortalBrowser.signIn("finance-" + UUID.randomUUID(), "finance").get("/instruction/structures").then()
                .statusCode(403);
        PortalBrowser admin = PortalBrowser.signIn("admin-" + UUID.randomUUID(), "admin");
        admin.get("/instruction/structures/demandes/" + claim).then().statusCode(200)
                .body(not(containsString("Vérifier la structure")));
        applicant(owner).get("/api/v1/organisations/{id}", organisation).then().body("verified", equalTo(false));
    }
}
