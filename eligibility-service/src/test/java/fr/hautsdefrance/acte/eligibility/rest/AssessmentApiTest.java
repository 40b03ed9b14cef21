package fr.hautsdefrance.acte.eligibility.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Collections;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class AssessmentApiTest {

    static final String ELIGIBLE = """
            { "applicant": { "type": "ESS_ENTERPRISE", "legalForm": "ASSOCIATION", "siren": "123456782",
                             "memberSirens": [], "deMinimisReceived": 0 },
              "project":   { "stage": "EMERGENCE", "communeCodes": ["62498"], "rural": false, "qpv": false,
                             "partners": [ { "name": "Mairie de Lens", "category": "PUBLIC_AUTHORITY" },
                                           { "name": "Collectif d'habitants", "category": "INHABITANTS" } ] },
              "expenses":  [ { "category": "OPERATING", "label": "Coordination", "amount": 50000.00 },
                             { "category": "EXTERNAL_SERVICES", "label": "Étude", "amount": 10000 },
                             { "category": "INVESTMENT", "label": "Camion", "amount": 25000 } ],
              "requestedAmount": 30000 }
            """;

    @Test
    void the_public_simulator_answers_the_contract_with_exact_amounts_and_every_check() {
        String body = given().contentType(ContentType.JSON).body(ELIGIBLE)
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("eligible", equalTo(true))
                .body("ruleSet", equalTo("acte-2026.1"))
                .body("checks.code", hasItem("ELIGIBLE_EXPENSES"))
                .body("checks.find { it.code == 'ELIGIBLE_EXPENSES' }.status", equalTo("WARN"))
                .body("checks.status", not(hasItem("FAIL")))
                .extract().asString();

        assertThat(body).contains("\"eligibleBase\":60000.00", "\"maxGrant\":30000.00", "\"requestedAmount\":30000.00",
                "\"rate\":0.5");
    }

    @Test
    void an_ineligible_project_is_answered_200_with_the_failing_checks_and_the_maximum_it_could_get() {
        given().contentType(ContentType.JSON).body(ELIGIBLE.replace("\"requestedAmount\": 30000", "\"requestedAmount\": 45000"))
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("maxGrant", equalTo(30000.00f))
                .body("checks.find { it.code == 'RATE_CAP' }.status", equalTo("FAIL"))
                .body("checks.find { it.code == 'RATE_CAP' }.message", containsString("Réduisez la demande"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON              | {\"applicant\": |",
            "missing applicant           | {\"project\":{\"stage\":\"EMERGENCE\",\"communeCodes\":[\"62498\"]},\"expenses\":[],\"requestedAmount\":1} | applicant",
            "unknown field               | #ELIGIBLE#,\"colour\":\"blue\"} | colour",
            "unknown stage               | #STAGE# | project.stage",
            "negative expense            | #NEGATIVE# | expenses[0].amount",
            "invalid SIREN checksum      | #SIREN# | applicant.siren",
            "three decimals              | #DECIMALS# | requestedAmount",
            "absurd amount               | #ABSURD# | requestedAmount",
            "empty body                  | '' |"})
    void bad_input_is_a_400_problem_naming_the_field(String what, String body, String field) {
        String request = body
                .replace("#ELIGIBLE#", ELIGIBLE.trim().substring(0, ELIGIBLE.trim().length() - 1))
                .replace("#STAGE#", ELIGIBLE.replace("\"EMERGENCE\"", "\"LAUNCH\""))
                .replace("#NEGATIVE#", ELIGIBLE.replace("\"amount\": 50000.00", "\"amount\": -50000.00"))
                .replace("#SIREN#", ELIGIBLE.replace("123456782", "123456789"))
                .replace("#DECIMALS#", ELIGIBLE.replace("\"requestedAmount\": 30000", "\"requestedAmount\": 30000.001"))
                .replace("#ABSURD#", ELIGIBLE.replace("\"requestedAmount\": 30000", "\"requestedAmount\": 1e15"));
        var response = given().contentType(ContentType.JSON).body(request)
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", not(containsString("Exception")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
    }

    @Test
    void a_body_cut_short_is_told_it_is_not_valid_json() {
        given().contentType(ContentType.JSON).body("{\"applicant\": {\"type\": \"EPCI\",")
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("JSON valide"));
    }

    @Test
    void more_than_500_expense_lines_are_refused() {
        String line = "{\"category\":\"OPERATING\",\"label\":\"l\",\"amount\":1}";
        String body = ELIGIBLE.replaceFirst("\"expenses\":  \\[[^]]*]",
                "\"expenses\": [" + String.join(",", Collections.nCopies(501, line)) + "]");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/eligibility/assessments")
                .then().statusCode(400).body("errors.field", hasItem("expenses"));
    }

    @Test
    void a_body_over_one_megabyte_is_refused_with_413() {
        String body = "{\"applicant\":{\"type\":\"" + "x".repeat(1_100_000) + "\"}}";
        given().contentType(ContentType.JSON).body(body).post("/api/v1/eligibility/assessments")
                .then().statusCode(413);
    }

    @Test
    void a_body_that_is_not_json_is_refused_with_415() {
        given().contentType(ContentType.TEXT).body("bonjour").post("/api/v1/eligibility/assessments")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void the_rule_sets_are_public() {
        given().get("/api/v1/eligibility/rule-sets/acte-2026.1").then().statusCode(200)
                .body("minGrant", equalTo(15000.00f))
                .body("eligibleExpenses.EMERGENCE", hasItem("OPERATING"));
        given().get("/api/v1/eligibility/rule-sets/acte-1999").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void the_simulator_answers_with_a_calls_rule_set_when_asked_and_refuses_an_unknown_one() {
        given().contentType(ContentType.JSON).body(ELIGIBLE.replaceFirst("\\{", "{\"ruleSetVersion\":\"acte-2025.1\","))
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(200).body("ruleSet", equalTo("acte-2025.1"));
        given().contentType(ContentType.JSON).body(ELIGIBLE)
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(200).body("ruleSet", equalTo("acte-2026.1"));
        given().contentType(ContentType.JSON).body(ELIGIBLE.replaceFirst("\\{", "{\"ruleSetVersion\":\"acte-1999\","))
                .post("/api/v1/eligibility/assessments")
                .then().statusCode(400).body("errors.field", hasItem("ruleSetVersion"));
    }
}
