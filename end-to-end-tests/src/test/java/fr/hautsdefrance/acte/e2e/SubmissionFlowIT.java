package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The walking skeleton across the four running services: an applicant submits a file
 * (application-service) → eligibility-service assesses it → application-service records the result
 * → notification-service tells the applicant.
 */
@ExtendWith(PlatformExtension.class)
class SubmissionFlowIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void a_submitted_application_is_assessed_recorded_and_notified_across_the_services(RunningPlatform platform) {
        String organisation = platform.as("porteur", Service.APPLICATION).contentType(ContentType.JSON)
                .body("""
                        {"name":"Les Jardins du Bassin minier","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                         "siren":"%s","rna":"W621234567","addressLine":"12 rue de la Fosse 9","postcode":"62300",
                         "communeCode":"62498"}""".formatted(Sirens.random()))
                .post("/api/v1/organisations")
                .then().statusCode(201)
                .body("epciSiren", equalTo("246200364"))
                .extract().path("id");
        AwardSteps.verified(platform, "porteur", organisation);
        String id = platform.as("porteur", Service.APPLICATION).contentType(ContentType.JSON)
                .body("""
                        {"organisationId":"%s","title":"Ressourcerie coopérative de Lens-Liévin",
                         "summary":"Collecter, réparer et revendre avec les habitants du territoire.",
                         "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,
                                    "startDate":"2027-01-15","endDate":"2028-06-30",
                                    "partners":[{"name":"Communauté d'agglomération de Lens-Liévin","category":"PUBLIC_AUTHORITY"},
                                                {"name":"Collectif des habitants de la cité 9","category":"INHABITANTS"}]},
                         "expenses":[{"category":"OPERATING","label":"Coordination du projet","amount":42000.00},
                                     {"category":"EXTERNAL_SERVICES","label":"Étude de faisabilité","amount":18000.00}],
                         "funding":[{"source":"REGION_ACTE","amount":30000.00},{"source":"EPCI","amount":30000.00}],
                         "requestedAmount":30000.00,"deMinimisCertified":true}
                        """.formatted(organisation))
                .post("/api/v1/applications")
                .then().statusCode(201).extract().path("id");
        for (String type : java.util.List.of("STATUTES", "RIB", "SIRENE_NOTICE", "BUDGET", "LAST_ACCOUNTS")) {
            platform.as("porteur", Service.APPLICATION).multiPart("type", type)
                    .multiPart("file", type.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
        }
        // The draft's live eligibility comes from the real eligibility-service.
        platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/eligibility", id)
                .then().statusCode(200).body("eligible", equalTo(true)).body("maxGrant", equalTo(36000.00f));
        String reference = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().extract().path("reference");

        platform.as("porteur", Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        String assessmentId = await("eligibility recorded on the file").atMost(EVENTUAL)
                .until(() -> platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                        .then().statusCode(200).extract().<String>path("eligibility.assessmentId"), notNullValue());

        platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().body("eligibility.eligible", equalTo(true))
                .body("eligibility.ruleSet", equalTo("acte-2026.1"));
        platform.as("instructeur", Service.ELIGIBILITY).get("/api/v1/eligibility/assessments/{id}", assessmentId)
                .then().statusCode(200)
                .body("applicationId", equalTo(id))
                .body("eligible", equalTo(true));
        platform.as("porteur", Service.ELIGIBILITY).get("/api/v1/eligibility/assessments/{id}", assessmentId)
                .then().statusCode(403);

        await("applicant notified").atMost(EVENTUAL).untilAsserted(() ->
                platform.as("porteur", Service.NOTIFICATION).get("/api/v1/notifications")
                        .then().statusCode(200)
                        .body("title", hasItem("Dossier " + reference + " déposé")));
        // Another organisation's member is never told about this file (whatever else other tests told her).
        platform.as("porteuse", Service.NOTIFICATION).get("/api/v1/notifications")
                .then().statusCode(200).body("applicationId", not(hasItem(id)));
    }

    @Test
    void every_service_is_ready_and_every_demo_user_can_sign_in(RunningPlatform platform) {
        for (Service service : Service.values()) {
            io.restassured.RestAssured.given().baseUri(platform.url(service)).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
        for (fr.hautsdefrance.acte.stack.DemoUser user : fr.hautsdefrance.acte.stack.DemoUser.values()) {
            platform.token(user.login());
        }
    }
}
