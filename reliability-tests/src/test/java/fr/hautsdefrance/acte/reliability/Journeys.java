package fr.hautsdefrance.acte.reliability;

import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.http.ContentType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** What applicants and officers do through the public API, as the end-to-end tests do it. */
final class Journeys {

    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> DOCUMENTS = List.of("STATUTES", "RIB", "SIRENE_NOTICE", "BUDGET", "LAST_ACCOUNTS");

    private final Platform platform;

    Journeys(Platform platform) {
        this.platform = platform;
    }

    /** An organisation of {@code applicant}'s, verified by the officer. */
    String organisation(String applicant) {
        String organisation = platform.as(applicant, Service.APPLICATION).contentType(ContentType.JSON)
                .body("""
                        {"name":"Ressourcerie du Bassin minier","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                         "siren":"%s","rna":"W621234567","addressLine":"12 rue de la Fosse 9","postcode":"62300",
                         "communeCode":"62498"}""".formatted(Sirens.random()))
                .post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id");
        verified(applicant, organisation);
        return organisation;
    }

    /** The officer verifies the organisation: its files may then be deposited. */
    void verified(String applicant, String organisation) {
        String claim = platform.as(applicant, Service.APPLICATION).get("/api/v1/organisations/{id}/claim", organisation)
                .then().statusCode(200).extract().path("id");
        platform.as("instructeur", Service.APPLICATION).post("/api/v1/organisation-claims/{id}/verification", claim)
                .then().statusCode(200);
    }

    /** A draft with everything a submission needs: the project, the budget and the five documents. */
    String completeDraft(String applicant, String organisation) {
        String id = platform.as(applicant, Service.APPLICATION).contentType(ContentType.JSON)
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
        for (String type : DOCUMENTS) {
            platform.as(applicant, Service.APPLICATION).multiPart("type", type)
                    .multiPart("file", type.toLowerCase() + ".pdf", PDF, "application/pdf")
                    .post("/api/v1/applications/{id}/documents", id).then().statusCode(201);
        }
        return id;
    }

    void submit(String applicant, String id) {
        platform.as(applicant, Service.APPLICATION).post("/api/v1/applications/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    String submitted(String applicant, String organisation) {
        String id = completeDraft(applicant, organisation);
        submit(applicant, id);
        return id;
    }

    void awaitAssessed(String id) {
        await("eligibility recorded on " + id).atMost(Platform.EVENTUAL).until(() -> platform
                .as("instructeur", Service.APPLICATION).get("/api/v1/applications/{id}", id)
                .then().statusCode(200).extract().path("eligibility.assessmentId"), notNullValue());
    }

    /**
     * From submission to a signed agreement: application.approved and application.agreement-signed
     * open a grant account and its schedule in payment-service.
     */
    void awarded(String applicant, String id) {
        awaitAssessed(id);
        platform.as("instructeur", Service.APPLICATION).post("/api/v1/applications/{id}/review", id)
                .then().statusCode(200);
        platform.as("instructeur", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"cooperation":3,"localAnchoring":3,"inhabitantsInvolvement":2,"nonRelocatableActivity":3,
                         "swarmingPotential":2,"proposedAmount":30000.00,"justification":"Coopération réelle et durable."}""")
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        String session = platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"title\":\"Commission permanente\",\"date\":\"%s\",\"envelope\":1000000.00}".formatted(today))
                .post("/api/v1/committee-sessions").then().statusCode(201).extract().path("id");
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        platform.as("responsable", Service.APPLICATION).post("/api/v1/committee-sessions/{s}/holding", session)
                .then().statusCode(200);
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON).body("""
                        {"applicationId":"%s","outcome":"APPROVED","amount":30000.00,"deliberationNumber":"CP-%s-%04d"}"""
                        .formatted(id, today, DELIBERATIONS.incrementAndGet() % 10_000))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        platform.as("responsable", Service.APPLICATION).contentType(ContentType.JSON)
                .body("{\"publishedOn\":\"%s\",\"transmittedOn\":\"%s\"}".formatted(today, today))
                .put("/api/v1/committee-sessions/{s}/enforceability", session).then().statusCode(200);
        platform.as(applicant, Service.APPLICATION).post("/api/v1/applications/{id}/agreement/acceptance", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_ACCEPTED"));
        platform.as("responsable", Service.APPLICATION).post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"));
    }

    /** Deliberation numbers of the run, in the Region's format; a random start keeps runs on one stack apart. */
    private static final java.util.concurrent.atomic.AtomicInteger DELIBERATIONS =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(9_000));
}
