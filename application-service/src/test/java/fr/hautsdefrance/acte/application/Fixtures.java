package fr.hautsdefrance.acte.application;

import fr.hautsdefrance.acte.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;

/** Builds the organisations and files the API tests start from, through the API itself. */
public final class Fixtures {

    private static final AtomicInteger SIRENS = new AtomicInteger();
    /** Deliberation numbers of this run: one counter, from a random start so that two runs rarely meet. */
    private static final AtomicInteger DELIBERATIONS = new AtomicInteger(new java.util.Random().nextInt(5_000));
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    public static final List<String> ASSOCIATION_DOCUMENTS = List.of("STATUTES", "RIB", "SIRENE_NOTICE", "BUDGET",
            "LAST_ACCOUNTS");

    private Fixtures() {
    }

    public static RequestSpecification as(String subject, String... roles) {
        return given().auth().oauth2(Tokens.of(subject, roles));
    }

    public static RequestSpecification applicant(String subject) {
        return as(subject, "applicant");
    }

    /** A fresh, valid SIREN for each organisation (Luhn checksum computed). */
    public static String newSiren() {
        String body = String.format("%08d", 10_000_000 + SIRENS.incrementAndGet() * 7919 % 89_999_999);
        for (int check = 0; check <= 9; check++) {
            String candidate = body + check;
            if (luhn(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }

    /** An association registered by {@code owner} and verified by an officer: its files may be deposited. */
    public static String association(String owner) {
        String organisation = unverifiedAssociation(owner);
        verified(owner, organisation);
        return organisation;
    }

    /**
     * An officer verifies the claim {@code owner} made by registering {@code organisation}; returns the
     * claim's id.
     */
    public static String verified(String owner, String organisation) {
        String claim = applicant(owner).get("/api/v1/organisations/{id}/claim", organisation).then().statusCode(200)
                .extract().path("id");
        as("verifying-officer", "officer").post("/api/v1/organisation-claims/{id}/verification", claim)
                .then().statusCode(200);
        return claim;
    }

    /** An association registered by {@code owner}, its claim not verified yet; returns its id. */
    public static String unverifiedAssociation(String owner) {
        return applicant(owner).contentType(ContentType.JSON).body("""
                {"name":"Les Jardins du Bassin minier","applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION",
                 "siren":"%s","rna":"W621234567","addressLine":"12 rue de la Fosse 9","postcode":"62300",
                 "communeCode":"62498"}""".formatted(newSiren()))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
    }

    public static final String TITLE = "Ressourcerie coopérative de Lens-Liévin";

    public static String completeDraftBody(String organisationId) {
        return completeDraftBody(organisationId, TITLE);
    }

    public static String completeDraftBody(String organisationId, String title) {
        return """
                {"organisationId":"%s","title":"%s",
                 "summary":"Collecter, réparer et revendre avec les habitants et les entreprises du territoire.",
                 "project":{"stage":"EMERGENCE","communeCodes":["62498"],"rural":false,"qpv":true,
                            "startDate":"2027-01-15","endDate":"2028-06-30",
                            "partners":[{"name":"Mairie de Lens","category":"PUBLIC_AUTHORITY","role":"Mise à disposition d'un local"},
                                        {"name":"Collectif des habitants de la cité 9","category":"INHABITANTS","role":"Collecte"}]},
                 "expenses":[{"category":"OPERATING","label":"Coordination","amount":40000.00},
                             {"category":"EXTERNAL_SERVICES","label":"Étude de faisabilité","amount":20000.00}],
                 "funding":[{"source":"REGION_ACTE","label":"Région — ACTE","amount":30000.00},
                            {"source":"EPCI","label":"CA de Lens - Liévin","amount":20000.00},
                            {"source":"OWN_FUNDS","label":"Fonds propres","amount":10000.00}],
                 "requestedAmount":30000.00,"deMinimisAids":[],"deMinimisCertified":true}""".formatted(organisationId,
                title.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    /** A complete draft of an association's file, every required piece joined; returns its id. */
    public static String completeDraft(String owner) {
        return completeDraft(owner, TITLE);
    }

    public static String completeDraft(String owner, String title) {
        String organisation = association(owner);
        String id = applicant(owner).contentType(ContentType.JSON).body(completeDraftBody(organisation, title))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        ASSOCIATION_DOCUMENTS.forEach(type -> upload(owner, id, type, "piece.pdf", PDF));
        return id;
    }

    /** A submitted file; returns its id. */
    public static String submitted(String owner) {
        return submitted(owner, TITLE);
    }

    public static String submitted(String owner, String title) {
        String id = completeDraft(owner, title);
        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200);
        return id;
    }

    /**
     * Drives a submitted file through the officer's review and the committee's approval for
     * {@code amount}, then has the owner accept the agreement; returns its id. The eligibility result
     * arrives as eligibility-service would send it.
     */
    public static String signed(String owner, String callId, String amount) {
        return signed(owner, callId, amount, TITLE);
    }

    /** The same, the file titled {@code title} (outside a call). */
    public static String signed(String owner, String callId, String amount, String title) {
        String id = callId == null ? submitted(owner, title) : submittedInCall(owner, callId);
        eligible(owner, id);
        as("officer-1", "officer").post("/api/v1/applications/{id}/review", id).then().statusCode(200);
        as("officer-1", "officer").contentType(ContentType.JSON).body("""
                {"cooperation":3,"localAnchoring":2,"inhabitantsInvolvement":2,"nonRelocatableActivity":2,
                 "swarmingPotential":1,"proposedAmount":%s,"justification":"Proposition."}""".formatted(amount))
                .post("/api/v1/applications/{id}/assessment", id).then().statusCode(200);
        String session = heldSession("100000.00");
        manager().contentType(ContentType.JSON).body("{\"applicationId\":\"" + id + "\"}")
                .post("/api/v1/committee-sessions/{s}/applications", session).then().statusCode(200);
        manager().contentType(ContentType.JSON).body("""
                {"applicationId":"%s","outcome":"APPROVED","amount":%s,"deliberationNumber":"%s"}"""
                .formatted(id, amount, deliberationNumber()))
                .post("/api/v1/committee-sessions/{s}/votes", session).then().statusCode(200);
        enforceable(session);
        applicant(owner).post("/api/v1/applications/{id}/agreement/acceptance", id).then().statusCode(200);
        as("manager-2", "officer", "manager").post("/api/v1/applications/{id}/agreement/countersignature", id)
                .then().statusCode(200);
        return id;
    }

    /** Today in Paris: the day sessions are held and deliberations dated in these tests. */
    public static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
    }

    /** A fresh deliberation number in the Region's format, CP-<date>-<four digits>. */
    public static String deliberationNumber() {
        return "CP-" + today() + "-%04d".formatted(DELIBERATIONS.incrementAndGet() % 10_000);
    }

    /** The manager who prepares and holds the sessions and records the votes. */
    public static RequestSpecification manager() {
        return as("manager-1", "officer", "manager");
    }

    /** A session of the Commission permanente dated today, with its envelope, held: votes may be recorded. */
    public static String heldSession(String envelope) {
        String session = manager().contentType(ContentType.JSON)
                .body("{\"title\":\"Séance\",\"date\":\"" + today() + "\",\"envelope\":" + envelope + "}")
                .post("/api/v1/committee-sessions").then().statusCode(201).extract().path("id");
        manager().post("/api/v1/committee-sessions/{s}/holding", session).then().statusCode(200);
        return session;
    }

    /** The session's deliberations were published and transmitted to the prefect today. */
    public static void enforceable(String session) {
        manager().contentType(ContentType.JSON)
                .body("{\"publishedOn\":\"" + today() + "\",\"transmittedOn\":\"" + today() + "\"}")
                .put("/api/v1/committee-sessions/{s}/enforceability", session).then().statusCode(200);
    }

    /** The file's eligibility result arrives, as eligibility-service would send it (eligible). */
    public static void eligible(String owner, String id) {
        assessedByTheRules(owner, id, null);
    }

    /**
     * Records eligibility-service's verdict on a submitted file, as it would arrive through Kafka, and
     * waits until the file shows it; {@code failedCheck} null for an eligible file.
     */
    public static void assessedByTheRules(String owner, String id, String failedCheck) {
        String checks = failedCheck == null ? "[]"
                : "[{\"code\":\"RATE_CAP\",\"status\":\"FAIL\",\"message\":\"" + failedCheck + "\"}]";
        fr.hautsdefrance.acte.testing.TopicWriter.sendEvent(fr.hautsdefrance.acte.testing.TopicWriter.bootstrapServers(),
                "acte.eligibility.v1", id, java.util.UUID.randomUUID().toString(),
                "fr.hautsdefrance.acte.eligibility.assessed.v1", """
                        {"assessmentId":"%s","applicationId":"%s","ruleSet":"acte-2026.1","eligible":%s,
                         "eligibleBase":60000.00,"rate":0.6,"maxGrant":36000.00,"requestedAmount":30000.00,
                         "checks":%s,"assessedAt":"2026-11-22T10:00:00Z"}""".formatted(java.util.UUID.randomUUID(), id,
                        failedCheck == null, checks));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> applicant(owner)
                .get("/api/v1/applications/{id}", id).then().extract().path("eligibility") != null);
    }

    /** A submitted file written for {@code callId}; returns its id. */
    public static String submittedInCall(String owner, String callId) {
        String organisation = association(owner);
        String id = applicant(owner).contentType(ContentType.JSON)
                .body(completeDraftBody(organisation).replace("{\"organisationId\"", "{\"callId\":\"" + callId
                        + "\",\"organisationId\""))
                .post("/api/v1/applications").then().statusCode(201).extract().path("id");
        ASSOCIATION_DOCUMENTS.forEach(type -> upload(owner, id, type, "piece.pdf", PDF));
        applicant(owner).post("/api/v1/applications/{id}/submit", id).then().statusCode(200);
        return id;
    }

    public static io.restassured.response.ValidatableResponse upload(String owner, String applicationId, String type,
            String fileName, byte[] content) {
        // Browsers send file names in UTF-8.
        return applicant(owner).config(io.restassured.config.RestAssuredConfig.config()
                        .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset("UTF-8"))
                        .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE)))
                .multiPart("type", type).multiPart("file", fileName, content, "application/pdf")
                .post("/api/v1/applications/{id}/documents", applicationId).then();
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
