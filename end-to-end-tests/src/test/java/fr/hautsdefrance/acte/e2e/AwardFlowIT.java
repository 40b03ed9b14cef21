package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static fr.hautsdefrance.acte.e2e.AwardSteps.EVENTUAL;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * From a draft to a signed agreement across the running services, with the demo accounts of the
 * realm: the applicant (porteuse), the officer (instructeur) and the manager (responsable).
 */
@ExtendWith(PlatformExtension.class)
class AwardFlowIT {

    @Test
    void a_file_goes_from_draft_through_instruction_and_committee_to_a_signed_agreement(RunningPlatform platform) {
        String organisation = AwardSteps.organisation(platform, "porteuse", "Tiers-lieu coopératif d'Hénin-Carvin",
                Sirens.random());
        String id = AwardSteps.submitted(platform, "porteuse", organisation, "40000.00");

        AwardSteps.review(platform, id);
        String request = platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"message":"Merci de préciser le rôle des artisans.","items":["Lettre des artisans"],
                         "deadline":"%s"}""".formatted(LocalDate.now().plusDays(20)))
                .post("/api/v1/applications/{id}/information-requests", id).then().statusCode(200).extract().path("id");
        platform.as("porteuse", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"answer\":\"Les artisans encadrent les ateliers du samedi.\"}")
                .post("/api/v1/applications/{id}/information-requests/{r}/answer", id, request).then().statusCode(200);
        AwardSteps.assess(platform, id, "40000.00");
        String deliberation = AwardSteps.award(platform, id, "40000.00");

        AwardSteps.acceptAgreement(platform, "porteuse", id);
        platform.as("porteuse", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().body("decision.agreementSignerName", equalTo("Nadia Benali"));

        platform.as("responsable", Service.APPLICATION).get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(true));
        io.restassured.RestAssured.given().baseUri(platform.url(Service.APPLICATION))
                .get("/api/v1/opendata/subventions.csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString(deliberation));
        await("the applicant was told of each step").atMost(EVENTUAL).untilAsserted(() ->
                platform.as("porteuse", Service.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                        .body("applicationId", hasItem(id)));
    }
}
