package fr.hautsdefrance.acte.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.hautsdefrance.acte.stack.Service;
import fr.hautsdefrance.acte.stack.Sirens;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Hostile inputs against the running platform, with real Keycloak tokens: forged and misdirected
 * tokens, role escalation, other organisations' ids, oversized and malformed bodies, script and SQL
 * in stored text, and malicious uploads. Each category counts what it tried and what came back.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** One protected, harmless request per service: what a forged token must not open. */
    private static final Map<Service, String> PROTECTED = Map.of(
            Service.APPLICATION, "/api/v1/applications",
            Service.ELIGIBILITY, "/api/v1/eligibility/assessments/" + UUID.randomUUID(),
            Service.PAYMENT, "/api/v1/grants",
            Service.NOTIFICATION, "/api/v1/notifications");

    private Platform platform;
    private Journeys journeys;
    private String awarded;
    private String organisation;
    private final Map<String, Map<Integer, Integer>> tally = new TreeMap<>();

    @BeforeAll
    void anAwardedFileOfPorteur(Platform platform) {
        this.platform = platform;
        platform.ensureHealthy();
        journeys = new Journeys(platform);
        organisation = journeys.organisation("porteur");
        awarded = journeys.submitted("porteur", organisation);
        journeys.awarded("porteur", awarded);
        await("payment schedule").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                .count(Service.PAYMENT, "select count(*) from payment where grant_id = ?::uuid", awarded) > 0);
        await("notices").atMost(Platform.EVENTUAL).until(() -> platform.databases()
                .count(Service.NOTIFICATION, "select count(*) from notification where application_id = ?::uuid", awarded) > 0);
    }

    @Test
    void forged_misdirected_and_expired_tokens_are_refused_with_401_by_every_service() throws Exception {
        String genuine = platform.token("porteur");
        List<String> forged = new ArrayList<>();
        forged.add(algNone(genuine));
        forged.add(withRoles(genuine, "admin", "finance", "manager", "officer"));
        forged.add(genuine.substring(0, genuine.lastIndexOf('.') + 1));
        forged.add(genuine.substring(0, genuine.length() - 4) + "AAAA");
        forged.add("not-a-token");
        forged.add(keycloakToken("master", "admin-cli", "admin", "admin"));
        forged.add(keycloakToken("acte", "admin-cli", "porteur", "porteur"));
        for (Service service : Service.values()) {
            for (String token : forged) {
                count("token", RestAssured.given().baseUri(platform.url(service)).auth().oauth2(token)
                        .get(PROTECTED.get(service))).then().statusCode(401);
            }
            count("token", RestAssured.given().baseUri(platform.url(service)).get(PROTECTED.get(service)))
                    .then().statusCode(401);
        }

        // A token that worked is refused once it has expired.
        String shortLived = shortLivedToken("porteur");
        platform.as("porteur", Service.APPLICATION).get("/api/v1/applications").then().statusCode(200);
        RestAssured.given().baseUri(platform.url(Service.APPLICATION)).auth().oauth2(shortLived)
                .get("/api/v1/applications").then().statusCode(200);
        await("the short-lived token expires").atMost(Platform.EVENTUAL).untilAsserted(() -> RestAssured.given()
                .baseUri(platform.url(Service.APPLICATION)).auth().oauth2(shortLived).get("/api/v1/applications")
                .then().statusCode(401));
        for (Service service : Service.values()) {
            count("token", RestAssured.given().baseUri(platform.url(service)).auth().oauth2(shortLived)
                    .get(PROTECTED.get(service))).then().statusCode(401);
        }
        report("token", "alg none, roles added to a signed token, signature stripped or altered, garbage, "
                + "no token, another realm's issuer (Keycloak master), another audience (admin-cli), expired");
    }

    @Test
    void each_role_is_refused_what_belongs_to_another_with_403() {
        String payment = paymentOf(awarded);
        List<Object[]> refusals = List.of(
                new Object[] {"porteur", Service.APPLICATION, "POST", "/api/v1/applications/" + awarded + "/review", null},
                new Object[] {"porteur", Service.APPLICATION, "POST", "/api/v1/committee-sessions",
                        "{\"title\":\"x\",\"date\":\"2027-01-01\",\"envelope\":1}"},
                new Object[] {"porteur", Service.ELIGIBILITY, "GET", "/api/v1/eligibility/assessments/" + UUID.randomUUID(), null},
                new Object[] {"porteur", Service.PAYMENT, "GET", "/api/v1/payments", null},
                new Object[] {"porteur", Service.PAYMENT, "POST", "/api/v1/payments/" + payment + "/preparation", null},
                new Object[] {"porteur", Service.PAYMENT, "POST", "/api/v1/payments/" + payment + "/approval", "{}"},
                new Object[] {"porteur", Service.PAYMENT, "POST", "/api/v1/payments/" + payment + "/review", "{}"},
                new Object[] {"porteur", Service.PAYMENT, "GET", "/api/v1/payment-batches", null},
                new Object[] {"porteur", Service.PAYMENT, "POST", "/api/v1/payment-batches", "{}"},
                new Object[] {"porteur", Service.PAYMENT, "POST",
                        "/api/v1/grants/" + awarded + "/bank-details/" + UUID.randomUUID() + "/validation", null},
                new Object[] {"porteur", Service.NOTIFICATION, "GET", "/api/v1/notifications/deliveries/failed", null},
                new Object[] {"porteur", Service.NOTIFICATION, "POST",
                        "/api/v1/notifications/deliveries/" + UUID.randomUUID() + "/retry", null},
                new Object[] {"instructeur", Service.PAYMENT, "POST", "/api/v1/payments/" + payment + "/preparation", null},
                new Object[] {"instructeur", Service.PAYMENT, "POST", "/api/v1/payment-batches", "{}"},
                new Object[] {"instructeur", Service.NOTIFICATION, "GET", "/api/v1/notifications/deliveries/failed", null},
                new Object[] {"finance", Service.APPLICATION, "POST", "/api/v1/applications/" + awarded + "/review", null},
                new Object[] {"finance", Service.PAYMENT, "POST", "/api/v1/payments/" + payment + "/review", "{}"},
                new Object[] {"finance", Service.PAYMENT, "POST", "/api/v1/grants/" + awarded + "/payment-requests", "{}"},
                new Object[] {"admin", Service.PAYMENT, "POST", "/api/v1/payments/" + payment + "/approval", "{}"},
                new Object[] {"instructeur", Service.APPLICATION, "POST", "/api/v1/applications/" + awarded
                        + "/agreement/acceptance", null});
        for (Object[] refusal : refusals) {
            count("role", call((String) refusal[0], (Service) refusal[1], (String) refusal[2], (String) refusal[3],
                    (String) refusal[4])).then().statusCode(403);
        }
        report("role", "applicant on officer, manager, finance and admin actions; officer on finance and admin "
                + "actions; finance on officer and applicant actions; admin approving a payment");
    }

    @Test
    void another_organisations_applicant_reaches_none_of_the_files_ids_in_any_service() {
        String payment = paymentOf(awarded);
        String notification = (String) platform.databases().scalar(Service.NOTIFICATION,
                "select id::text from notification where application_id = ?::uuid limit 1", awarded);
        String assessment = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", awarded)
                .then().extract().path("eligibility.assessmentId");
        String document = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/documents", awarded)
                .then().extract().path("[0].id");
        List<String[]> endpoints = List.of(
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded, null},
                new String[] {"APPLICATION", "PUT", "/api/v1/applications/" + awarded, "{\"title\":\"x\",\"version\":0}"},
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded + "/eligibility", null},
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded + "/receipt", null},
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded + "/agreement", null},
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded + "/documents", null},
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded + "/documents/" + document, null},
                new String[] {"APPLICATION", "DELETE", "/api/v1/applications/" + awarded + "/documents/" + document, null},
                new String[] {"APPLICATION", "GET", "/api/v1/applications/" + awarded + "/messages", null},
                new String[] {"APPLICATION", "POST", "/api/v1/applications/" + awarded + "/messages", "{\"body\":\"x\"}"},
                new String[] {"APPLICATION", "POST", "/api/v1/applications/" + awarded + "/withdraw", null},
                new String[] {"APPLICATION", "GET", "/api/v1/organisations/" + organisation, null},
                new String[] {"APPLICATION", "POST", "/api/v1/organisations/" + organisation + "/invitations",
                        "{\"email\":\"a@example.org\"}"},
                new String[] {"ELIGIBILITY", "GET", "/api/v1/eligibility/assessments/" + assessment, null},
                new String[] {"PAYMENT", "GET", "/api/v1/grants/" + awarded, null},
                new String[] {"PAYMENT", "POST", "/api/v1/grants/" + awarded + "/payment-requests",
                        "{\"kind\":\"ADVANCE\"}"},
                new String[] {"PAYMENT", "POST", "/api/v1/grants/" + awarded + "/bank-details",
                        "{\"holderName\":\"Intrus\",\"iban\":\"FR7630006000011234567890189\",\"bic\":\"AGRIFRPP\","
                                + "\"streetName\":\"rue du Vol\",\"postCode\":\"59000\",\"townName\":\"Lille\",\"country\":\"FR\"}"},
                new String[] {"PAYMENT", "GET", "/api/v1/payments/" + payment, null},
                new String[] {"NOTIFICATION", "POST", "/api/v1/notifications/" + notification + "/read", null});
        for (String[] endpoint : endpoints) {
            int status = count("idor", call("porteuse", Service.valueOf(endpoint[0]), endpoint[1], endpoint[2],
                    endpoint[3])).statusCode();
            assertThat(status).as(endpoint[1] + " " + endpoint[2]).isIn(403, 404);
        }
        PortalSession intruder = PortalSession.signIn(platform.url(Service.APPLICATION), "porteuse");
        for (String page : List.of("/espace/dossiers/" + awarded, "/espace/dossiers/" + awarded + "/convention",
                "/espace/dossiers/" + awarded + "/pieces/" + document, "/instruction/dossiers/" + awarded)) {
            int status = intruder.status(page);
            tally.computeIfAbsent("idor", k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            assertThat(status).as("portal " + page).isIn(403, 404);
        }
        // The file is untouched by all of it.
        platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", awarded).then()
                .statusCode(200).body("status", equalTo("AGREEMENT_SIGNED"));
        platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/documents/{d}", awarded, document)
                .then().statusCode(200);
        report("idor", "another organisation's applicant on every {id} endpoint of the four services "
                + "(application, its documents, messages, organisation; assessment; grant, payment, bank details; "
                + "notification) and the portal's file pages");
    }

    @Test
    void oversized_bodies_are_refused_with_413_by_every_service() throws IOException {
        byte[] twoMegabytes = ("{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        byte[] twelveMegabytes = ("{\"name\":\"" + "a".repeat(12 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        List<Object[]> bodies = List.of(
                new Object[] {Service.APPLICATION, "POST", "/api/v1/organisations", twelveMegabytes},
                new Object[] {Service.ELIGIBILITY, "POST", "/api/v1/eligibility/assessments", twoMegabytes},
                new Object[] {Service.PAYMENT, "POST", "/api/v1/grants/" + awarded + "/bank-details", twoMegabytes},
                new Object[] {Service.NOTIFICATION, "PUT", "/api/v1/notifications/preferences", twoMegabytes});
        for (Object[] body : bodies) {
            int status = RawHttp.send(platform.url((Service) body[0]), (String) body[1], (String) body[2],
                    platform.token("porteur"), (byte[]) body[3]);
            tally.computeIfAbsent("size", k -> new TreeMap<>()).merge(status, 1, Integer::sum);
            assertThat(status).as(body[1] + " " + body[2]).isEqualTo(413);
        }
        byte[] bigPdf = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Journeys.PDF, 0, bigPdf, 0, Journeys.PDF.length);
        String draft = journeys.completeDraft("porteur", organisation);
        count("size", platform.as("porteur", Service.APPLICATION).multiPart("type", "BUDGET")
                .multiPart("file", "gros.pdf", bigPdf, "application/pdf")
                .post("/api/v1/applications/{id}/documents", draft)).then().statusCode(413);
        report("size", "JSON bodies over each service's limit (12 MB to application-service, 2 MB to the others), "
                + "a document over 10 MB");
    }

    @Test
    void malformed_json_is_answered_400_with_a_problem_document_by_every_service() {
        List<String> malformed = List.of("{\"name\":", "[", "{\"name\" \"x\"}", "\u0000\u0001", "{\"a\":1}}",
                "{\"requestedAmount\":\"beaucoup\"}", "{\"emailMode\":[[[[[[[[[[]]]]]]]]]]}");
        for (String body : malformed) {
            problem(call("porteur", Service.APPLICATION, "POST", "/api/v1/organisations", body));
            problem(call("porteur", Service.APPLICATION, "POST", "/api/v1/applications", body));
            problem(RestAssured.given().baseUri(platform.url(Service.ELIGIBILITY)).contentType(ContentType.JSON)
                    .body(body).post("/api/v1/eligibility/assessments"));
            problem(call("porteur", Service.PAYMENT, "POST", "/api/v1/grants/" + awarded + "/bank-details", body));
            problem(call("porteur", Service.NOTIFICATION, "PUT", "/api/v1/notifications/preferences", body));
        }
        report("json", "7 malformed or mistyped bodies × 5 JSON endpoints of the four services");
    }

    @Test
    void script_and_sql_in_stored_text_come_back_verbatim_in_the_api_and_escaped_in_the_portal() {
        List<String> hostile = List.of("<script>alert('acte')</script>", "\"><img src=x onerror=alert(1)>",
                "'; drop table application; --", "' or '1'='1", "{inject:name} ${7*7} {{7*7}}",
                "<svg/onload=alert(1)>", "Robert'); DELETE FROM organisation;--");
        long applicationsBefore = platform.databases().count(Service.APPLICATION, "select count(*) from application");
        List<String> ids = new ArrayList<>();
        for (String text : hostile) {
            String org = count("stored", call("porteur", Service.APPLICATION, "POST", "/api/v1/organisations", """
                    {"name":%s,"applicantType":"ESS_ENTERPRISE","legalForm":"ASSOCIATION","siren":"%s",
                     "rna":"W621234567","communeCode":"62498"}""".formatted(quoted(text), Sirens.random())))
                    .then().statusCode(201).body("name", equalTo(text)).extract().path("id");
            String id = count("stored", call("porteur", Service.APPLICATION, "POST", "/api/v1/applications", """
                    {"organisationId":"%s","title":%s,"summary":%s}""".formatted(org, quoted(text), quoted(text))))
                    .then().statusCode(201).extract().path("id");
            platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}", id).then()
                    .statusCode(200).contentType(ContentType.JSON).body("title", equalTo(text)).body("summary", equalTo(text));
            ids.add(id);
        }
        assertThat(platform.databases().count(Service.APPLICATION, "select count(*) from application"))
                .isEqualTo(applicationsBefore + hostile.size());

        PortalSession portal = PortalSession.signIn(platform.url(Service.APPLICATION), "porteur");
        List<String> pages = new ArrayList<>();
        pages.add(portal.page("/espace"));
        for (String id : ids) {
            pages.add(portal.page("/espace/dossiers/" + id));
        }
        PortalSession officer = PortalSession.signIn(platform.url(Service.APPLICATION), "instructeur");
        // The queue lists drafts too (these have neither a submission date nor an amount yet).
        pages.add(officer.page("/instruction"));
        for (String id : ids) {
            pages.add(officer.page("/instruction/dossiers/" + id));
        }
        for (String page : pages) {
            assertThat(page).doesNotContain("<script>alert", "<img src=x", "<svg/onload", "onerror=alert(1)>");
        }
        assertThat(pages.get(0)).contains("&lt;script&gt;alert(");
        tally.computeIfAbsent("stored", k -> new TreeMap<>()).merge(200, pages.size(), Integer::sum);
        report("stored", hostile.size() + " script, markup, template and SQL strings as organisation names, "
                + "titles and summaries, read back verbatim as JSON; " + pages.size()
                + " portal pages (applicant dashboard and files, officers' queue and files) served with them escaped");
    }

    @Test
    void uploads_are_judged_by_their_content_and_stored_under_safe_names() throws IOException {
        String draft = journeys.completeDraft("porteur", organisation);
        Map<String, byte[]> disguised = Map.of(
                "statuts.pdf", "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1),
                "rib.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "budget.png", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8),
                "comptes.docx", zip(Map.of("evil.sh", "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.UTF_8))),
                "kbis.pdf", "\u007fELF\u0002\u0001\u0001".getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<String, byte[]> upload : disguised.entrySet()) {
            count("upload", upload(draft, upload.getKey(), upload.getValue())).then().statusCode(400);
        }
        // A DOCX whose document inflates to 200 MB: refused, without being inflated.
        byte[] bomb = zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", new byte[200 * 1024 * 1024]));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        int bombStatus = count("upload", upload(draft, "budget.docx", bomb)).statusCode();
        assertThat(bombStatus).isIn(201, 400);
        if (bombStatus == 201) {
            // Accepted on its names alone: it must come back byte for byte, never inflated.
            String documentId = platform.as("porteur", Service.APPLICATION)
                    .get("/api/v1/applications/{id}/documents", draft).then().extract()
                    .path("find { it.fileName == 'budget.docx' }.id");
            assertThat(platform.as("porteur", Service.APPLICATION)
                    .get("/api/v1/applications/{id}/documents/{d}", draft, documentId).asByteArray()).isEqualTo(bomb);
        }
        List<String> traversals = List.of("../../../../etc/passwd.pdf", "..\\..\\windows\\system32\\config.pdf",
                "/etc/shadow.pdf", "%2e%2e%2f%2e%2e%2fsecret.pdf", "statuts.pdf\r\nX-Injected: 1",
                "....//....//budget.pdf", "C:\\boot.ini.pdf");
        for (String name : traversals) {
            String documentId = count("upload", upload(draft, name, Journeys.PDF)).then().statusCode(201)
                    .extract().path("id");
            String stored = platform.as("porteur", Service.APPLICATION).get("/api/v1/applications/{id}/documents", draft)
                    .then().extract().path("find { it.id == '" + documentId + "' }.fileName");
            assertThat(stored).doesNotContain("/", "\\", "..", "\r", "\n").endsWith(".pdf");
            Response download = platform.as("porteur", Service.APPLICATION)
                    .get("/api/v1/applications/{id}/documents/{d}", draft, documentId);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.header("Content-Disposition")).doesNotContain("/", "\\", "\r", "\n");
            assertThat(download.header("X-Injected")).isNull();
        }
        RestAssured.given().baseUri(platform.url(Service.APPLICATION)).get("/q/health/live").then().statusCode(200);
        report("upload", disguised.size() + " files whose content is not what their name says, a 200 MB DOCX zip bomb "
                + "(" + bomb.length / 1024 + " KB compressed, answered " + bombStatus + "), " + traversals.size()
                + " path-traversal and header-injection names");
    }

    private Response upload(String draft, String name, byte[] content) {
        return platform.as("porteur", Service.APPLICATION).multiPart("type", "BUDGET")
                .multiPart("file", name, content, "application/pdf")
                .post("/api/v1/applications/{id}/documents", draft);
    }

    private void problem(Response response) {
        count("json", response).then().statusCode(400).contentType("application/problem+json");
    }

    private Response call(String login, Service service, String method, String path, Object body) {
        // Payment commands require an idempotency key: without one the refusal would not be about access.
        RequestSpecification request = platform.as(login, service).header("Idempotency-Key", UUID.randomUUID().toString());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }

    private Response count(String category, Response response) {
        tally.computeIfAbsent(category, k -> new TreeMap<>()).merge(response.statusCode(), 1, Integer::sum);
        return response;
    }

    private void report(String category, String inputs) {
        Map<Integer, Integer> outcomes = tally.getOrDefault(category, Map.of());
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        Report.record("Abuse: " + category, total + " requests — " + inputs + " — answers " + outcomes);
    }

    private String paymentOf(String grant) {
        return (String) platform.databases().scalar(Service.PAYMENT,
                "select id::text from payment where grant_id = ?::uuid order by sequence limit 1", grant);
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String algNone(String token) {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String[] parts = token.split("\\.");
        return header + "." + parts[1] + ".";
    }

    private static String withRoles(String token, String... roles) throws IOException {
        String[] parts = token.split("\\.");
        ObjectNode claims = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        ArrayNode granted = claims.with("realm_access").withArray("roles");
        for (String role : roles) {
            granted.add(role);
        }
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(claims))
                + "." + parts[2];
    }

    private String keycloakToken(String realm, String client, String user, String password) {
        return RestAssured.given().baseUri(keycloak()).contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", password)
                .post("/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** A token of the right realm and audience that lives 2 s: a client made for it through Keycloak's admin API. */
    private String shortLivedToken(String user) {
        String admin = keycloakToken("master", "admin-cli", "admin", "admin");
        String clientId = "reliability-short-lived-" + UUID.randomUUID();
        RestAssured.given().baseUri(keycloak()).auth().oauth2(admin).contentType(ContentType.JSON).body("""
                {"clientId":"%s","publicClient":true,"directAccessGrantsEnabled":true,"standardFlowEnabled":false,
                 "attributes":{"access.token.lifespan":"2"},
                 "protocolMappers":[{"name":"audience acte-api","protocol":"openid-connect",
                   "protocolMapper":"oidc-audience-mapper",
                   "config":{"included.custom.audience":"acte-api","access.token.claim":"true","id.token.claim":"false"}}]}
                """.formatted(clientId)).post("/admin/realms/acte/clients").then().statusCode(201);
        return keycloakToken("acte", clientId, user, user);
    }

    private String keycloak() {
        return platform.keycloakUrl();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> entry : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
