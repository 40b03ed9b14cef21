package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.application.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.applicant;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * An ESS enterprise declares each de minimis aid received (grantor, date, amount, regulation) and certifies the
 * declaration; the platform sums the rolling three years, and the officers see each aid.
 */
@QuarkusTest
class DeMinimisDeclarationTest {

    @Test
    void each_aid_is_declared_and_only_the_last_three_years_count() {
        String owner = "owner-" + UUID.randomUUID();
        String id = draft(owner, """
                "deMinimisAids":[
                  {"grantor":"Département du Pas-de-Calais","grantedOn":"%s","amount":12000.00,"regulation":"(UE) 2023/2831"},
                  {"grantor":"Communauté d'agglomération de Lens-Liévin","grantedOn":"%s","amount":50000.00,"regulation":"(UE) 1407/2013"}],
                "deMinimisCertified":true""".formatted(Fixtures.today().minusYears(1), Fixtures.today().minusYears(4)));

        applicant(owner).get("/api/v1/applications/{id}", id).then().statusCode(200)
                .body("applicant.deMinimisAids.grantor", hasItem("Communauté d'agglomération de Lens-Liévin"))
                .body("applicant.deMinimisReceived", equalTo(12000.00f))
                .body("applicant.deMinimisCertified", equalTo(true));
    }

    @Test
    void an_undertaking_deposits_only_once_it_certified_its_declaration() {
        String owner = "owner-" + UUID.randomUUID();
        String id = draft(owner, "\"deMinimisAids\":[],\"deMinimisCertified\":false");
        Fixtures.ASSOCIATION_DOCUMENTS.forEach(type -> Fixtures.upload(owner, id, type, "piece.pdf", Fixtures.PDF));

        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(422)
                .body("errors.field", hasItem("deMinimisCertified"))
                .body("errors.message", hasItem(containsString("même si la structure n'en a reçu aucune")));
    }

    @Test
    void a_total_alone_is_refused_the_aids_are_declared_one_by_one() {
        String owner = "owner-" + UUID.randomUUID();
        String organisation = Fixtures.association(owner);
        applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("\"deMinimisAids\":[],", "\"deMinimisReceived\":45000.00,"))
                .post("/api/v1/applications").then().statusCode(400)
                .body("errors[0].field", equalTo("deMinimisReceived"))
                .body("detail", containsString("Déclarez chaque aide"));
    }

    private static String draft(String owner, String deMinimis) {
        String organisation = Fixtures.association(owner);
        return applicant(owner).contentType(ContentType.JSON)
                .body(Fixtures.completeDraftBody(organisation).replace("\"deMinimisAids\":[],\"deMinimisCertified\":true",
                        deMinimis))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
    }
}
