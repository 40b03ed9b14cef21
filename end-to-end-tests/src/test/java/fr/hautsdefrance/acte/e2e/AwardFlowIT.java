package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Service;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * From a draft to a signed agreement across the running services, with the demo accounts of the
 * realm: the applicant (porteuse), the officer (instructeur) and the manager (responsable).
 */
@ExtendWith(PlatformExtension.class)
class AwardFlowIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(60);
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Test
    void a_file_goes_from_draft_through_instruction_and_committee_to_a_signed_agreement(RunningPlatform platform) {
        String organisation = platform.as("porteuse", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"name":"Tiers-lieu coopératif d'Hénin-Carvin","applicantType":"ESS_ENTERPRISE",
                         "legalForm":"COOPERATIVE","siren":"%s","communeCode":"62427"}""".formatted(Sirens.random()))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String id = platform.as("porteuse", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"organisationId":"%s","title":"Atelier partagé de réparation",
                         "summary":"Un atelier de réparation coopératif ouvert aux habitants et aux artisans.",
                         "project":{"stage":"STRUCTURATION","communeCodes":["62427"],"rural":false,"qpv":false,
                                    "startDate":"2027-03-01","endDate":"2028-12-31",
                                    "partners":[{"name":"Mairie d'Hénin-Beaumont","category":"PUBLIC_AUTHORITY"},
                                                {"name":"Artisans réunis","category":"COMPANY"}]},
                         "expenses":[{"category":"ANIMATION_ENGINEERING","label":"Animation","amount":50000.00},
                                     {"category":"EXPERIMENTATION_CAPITALISATION","label":"Capitalisation","amount":30000.00}],
                         "funding":[{"source":"REGION_ACTE","amount":40000.00},{"source":"OWN_FUNDS","amount":40000.00}],
                         "requestedAmount":40000.00}""".formatted(organisation))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        for (String type : List.of("STATUTES", "RIB", "KBIS", "BUDGET", "LAST_ACCOUNTS")) {
            platform.as("porteuse", Service.APPLICATION).multiPart("type", type)
                    .multiPart("file", type.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
        }
        platform.as("porteuse", Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        await("eligibility recorded").atMost(EVENTUAL).until(() -> platform.as("instructeur", Service.APPLICATION)
                .get("/api/v1/applications/{id}", id).then().extract().path("eligibility.maxGrant"), notNullValue());

        platform.as("instructeur", Service.APPLICATION).post("/api/v1/applications/{id}/review", id)
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        String request = platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"message":"Merci de préciser le rôle des artisans.","items":["Lettre des artisans"],
                         "deadline":"%s"}""".formatted(LocalDate.now().plusDays(20)))
                .post("/api/v1/applications/{id}/information-requests", id).then().statusCode(200).extract().path("id");
        platform.as("porteuse", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"answer\":\"Les artisans encadrent les ateliers du samedi.\"}")
                .post("/api/v1/applications/{id}/information-requests/{r}/answer", id, request).then().statusCode(200);
        platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"cooperation":3,"localAnchoring":3,"inhabitantsInvolvement":2,"nonRelocatableActivity":3,
                         "swarmingPotential":2,"proposedAmount":40000.00,"justification":"Coopération réelle et durable."}""")
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200)
                .body("status", equalTo("ASSESSED"));

        String session = platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"title\":\"Commission permanente\",\"date\":\"2026-12-10\",\"envelope\":1000000.00}")
                .post("/api/v1/committee-sessions").then().statusCode(201).extract().path("id");
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"applicationId":"%s","outcome":"APPROVED","amount":40000.00,"deliberationNumber":"CP-2026-12-101"}"""
                        .formatted(id))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200)
                .body("status", equalTo("APPROVED"));

        platform.as("porteuse", Service.APPLICATION).get("/api/v1/applications/{id}/agreement", id)
                .then().statusCode(200).contentType("application/pdf");
        platform.as("porteuse", Service.APPLICATION).post("/api/v1/applications/{id}/agreement/acceptance", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"))
                .body("decision.agreementSignerName", equalTo("Nadia Benali"));

        platform.as("responsable", Service.APPLICATION).get("/api/v1/applications/{id}/history/verification", id)
                .then().statusCode(200).body("intact", equalTo(true));
        io.restassured.RestAssured.given().baseUri(platform.url(Service.APPLICATION))
                .get("/api/v1/opendata/subventions.csv").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("CP-2026-12-101"));
        await("the applicant was told of each step").atMost(EVENTUAL).untilAsserted(() ->
                platform.as("porteuse", Service.NOTIFICATION).get("/api/v1/notifications").then().statusCode(200)
                        .body("applicationId", hasItem(id)));
    }
}
