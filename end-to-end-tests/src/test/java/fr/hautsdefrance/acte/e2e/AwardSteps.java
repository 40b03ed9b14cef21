package fr.hautsdefrance.acte.e2e;

import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The steps that take a file from its organisation to a signed agreement, with the realm's demo
 * accounts: an applicant (porteur or porteuse), the officer (instructeur), the manager (responsable).
 * The file is a cooperative's, at the STRUCTURATION stage, 80,000 € of eligible expenses.
 */
final class AwardSteps {

    static final Duration EVENTUAL = Duration.ofSeconds(60);
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private AwardSteps() {
    }

    /**
     * A cooperative of Hénin-Carvin registered by {@code applicant} and verified by the officer, so that
     * its files may be deposited; returns its id.
     */
    static String organisation(RunningPlatform platform, String applicant, String name, String siren) {
        String organisation = unverifiedOrganisation(platform, applicant, name, siren);
        verified(platform, applicant, organisation);
        return organisation;
    }

    /** The same, its claim still waiting for the officer's verification. */
    static String unverifiedOrganisation(RunningPlatform platform, String applicant, String name, String siren) {
        return platform.as(applicant, Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"name":"%s","applicantType":"ESS_ENTERPRISE",
                         "legalForm":"COOPERATIVE","siren":"%s","siret":"%s","communeCode":"62427"}"""
                        .formatted(name, siren, Sirens.siretOf(siren)))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    /** The officer (instructeur) verifies the claim {@code applicant} made by registering {@code organisation}. */
    static void verified(RunningPlatform platform, String applicant, String organisation) {
        String claim = platform.as(applicant, Service.APPLICATION).get("/api/v1/organisations/{id}/claim", organisation)
                .then().statusCode(200).extract().path("id");
        platform.as("instructeur", Service.APPLICATION)
                .post("/api/v1/organisation-claims/{id}/verification", claim).then().statusCode(200);
    }

    /** The officer verifies {@code applicant}'s organisation of SIREN {@code siren} (registered in the portal). */
    static void verifiedBySiren(RunningPlatform platform, String applicant, String siren) {
        String organisation = platform.as(applicant, Service.APPLICATION).get("/api/v1/organisations").then()
                .statusCode(200).extract().path("find { it.siren == '" + siren + "' }.id");
        verified(platform, applicant, organisation);
    }

    /**
     * A complete draft of a cooperative's file in Hénin-Beaumont (neither rural nor QPV: 50 %), an eligible
     * base of 80,000 €, every piece joined; returns its id.
     */
    static String draft(RunningPlatform platform, String applicant, String organisation, String amount) {
        String id = platform.as(applicant, Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"organisationId":"%s","title":"Atelier partagé de réparation",
                         "summary":"Un atelier de réparation coopératif ouvert aux habitants et aux artisans.",
                         "project":{"stage":"STRUCTURATION","communeCodes":["62427"],"rural":false,"qpv":false,
                                    "startDate":"2027-03-01","endDate":"2028-12-31",
                                    "partners":[{"name":"Mairie d'Hénin-Beaumont","category":"PUBLIC_AUTHORITY"},
                                                {"name":"Artisans réunis","category":"COMPANY"}]},
                         "expenses":[{"category":"ANIMATION_ENGINEERING","label":"Animation","amount":50000.00},
                                     {"category":"EXPERIMENTATION_CAPITALISATION","label":"Capitalisation","amount":30000.00}],
                         "funding":[{"source":"REGION_ACTE","amount":%s},{"source":"OWN_FUNDS","amount":%s}],
                         "requestedAmount":%s,"deMinimisCertified":true}""".formatted(organisation, amount,
                        new java.math.BigDecimal("80000.00").subtract(new java.math.BigDecimal(amount)), amount))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        for (String type : List.of("STATUTES", "RIB", "KBIS", "BUDGET", "LAST_ACCOUNTS")) {
            platform.as(applicant, Service.APPLICATION).multiPart("type", type)
                    .multiPart("file", type.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
        }
        return id;
    }

    /** A complete file with every piece joined, submitted, its eligibility recorded; returns its id. */
    static String submitted(RunningPlatform platform, String applicant, String organisation, String amount) {
        String id = draft(platform, applicant, organisation, amount);
        platform.as(applicant, Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        await("eligibility recorded").atMost(EVENTUAL).until(() -> platform.as("instructeur", Service.APPLICATION)
                .get("/api/v1/applications/{id}", id).then().extract().path("eligibility.maxGrant"), notNullValue());
        return id;
    }

    static void review(RunningPlatform platform, String id) {
        platform.as("instructeur", Service.APPLICATION).post("/api/v1/applications/{id}/review", id)
                .then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
    }

    static void assess(RunningPlatform platform, String id, String amount) {
        platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"cooperation":3,"localAnchoring":3,"inhabitantsInvolvement":2,"nonRelocatableActivity":3,
                         "swarmingPotential":2,"proposedAmount":%s,"justification":"Coopération réelle et durable."}"""
                        .formatted(amount))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200)
                .body("status", equalTo("ASSESSED"));
    }

    /** Deliberation numbers of this run, in the Region's format; a random start keeps runs on one stack apart. */
    private static final java.util.concurrent.atomic.AtomicInteger DELIBERATIONS =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(9_000));

    static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    }

    /** A fresh deliberation number, CP-<today>-<four digits>. */
    static String deliberationNumber() {
        return "CP-" + today() + "-%04d".formatted(DELIBERATIONS.incrementAndGet() % 10_000);
    }

    /**
     * The Commission permanente, held today, puts the file on its agenda and awards {@code amount}; its
     * deliberation is published and transmitted to the prefect the same day. Returns the deliberation number.
     */
    static String award(RunningPlatform platform, String id, String amount) {
        String session = platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"title\":\"Commission permanente\",\"date\":\"" + today() + "\",\"envelope\":1000000.00}")
                .post("/api/v1/committee-sessions").then().statusCode(201).extract().path("id");
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        platform.as("responsable", Service.APPLICATION).post("/api/v1/committee-sessions/{s}/holding", session)
                .then().statusCode(200);
        String deliberation = deliberationNumber();
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"applicationId":"%s","outcome":"APPROVED","amount":%s,"deliberationNumber":"%s"}"""
                        .formatted(id, amount, deliberation))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"publishedOn\":\"" + today() + "\",\"transmittedOn\":\"" + today() + "\"}")
                .put("/api/v1/committee-sessions/{s}/enforceability", session).then().statusCode(200);
        return deliberation;
    }

    /** The beneficiary accepts the agreement online, then the Region countersigns it. */
    static void acceptAgreement(RunningPlatform platform, String applicant, String id) {
        acceptOnline(platform, applicant, id);
        countersign(platform, id);
    }

    /** The beneficiary reads the agreement and accepts it online: the Region has not signed yet. */
    static void acceptOnline(RunningPlatform platform, String applicant, String id) {
        platform.as(applicant, Service.APPLICATION).get("/api/v1/applications/{id}/agreement", id)
                .then().statusCode(200).contentType("application/pdf");
        platform.as(applicant, Service.APPLICATION).post("/api/v1/applications/{id}/agreement/acceptance", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_ACCEPTED"));
    }

    /** The holder of the President's signature delegation signs the agreement for the Region. */
    static void countersign(RunningPlatform platform, String id) {
        platform.as("responsable", Service.APPLICATION).post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"));
    }

    /** The whole way, without information request: a new organisation's file awarded and signed; returns its id. */
    static String signedAgreement(RunningPlatform platform, String applicant, String organisationName, String siren,
            String amount) {
        String organisation = organisation(platform, applicant, organisationName, siren);
        String id = submitted(platform, applicant, organisation, amount);
        review(platform, id);
        assess(platform, id, amount);
        award(platform, id, amount);
        acceptAgreement(platform, applicant, id);
        return id;
    }
}
