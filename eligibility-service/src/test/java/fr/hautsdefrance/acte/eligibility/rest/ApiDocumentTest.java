package fr.hautsdefrance.acte.eligibility.rest;

import fr.hautsdefrance.acte.testing.ForgedTokens;
import fr.hautsdefrance.acte.testing.OpenApiContract;
import fr.hautsdefrance.acte.testing.SecurityRefusals;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * eligibility-service's API document is one integrators can trust (OpenApiContract), and its refusals for
 * want of a token or a role are the problem documents it describes.
 */
@QuarkusTest
class ApiDocumentTest {

    /** Open to anyone, without a token. */
    private static final Set<String> OPEN = Set.of(
            "POST /api/v1/eligibility/assessments",
            "GET /api/v1/eligibility/rule-sets",
            "GET /api/v1/eligibility/rule-sets/{version}",
            "GET /api/v1/territories/communes",
            "GET /api/v1/territories/epci/{siren}",
            "GET /api/v1/territories/sources",
            "GET /q/health",
            "GET /q/health/live",
            "GET /q/health/ready",
            "GET /q/health/started");

    /** Answer 201 Created. */
    private static final Set<String> CREATING = Set.of();

    private static final String SECURED = "/api/v1/eligibility/assessments/00000000-0000-0000-0000-000000000001";

    @Test
    void every_operation_documents_its_answers_its_refusals_and_who_may_call_it() {
        String document = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();

        assertThat(OpenApiContract.of(document).violations(OPEN, CREATING)).isEmpty();
    }

    @Test
    void a_call_without_token_is_refused_with_a_problem_document() {
        SecurityRefusals.withoutToken(SECURED);
    }

    @Test
    void a_forged_token_is_refused_with_a_problem_document() {
        SecurityRefusals.withToken(SECURED, ForgedTokens.of("api-document-eligibility", "officer").get(0).token());
    }

    @Test
    void a_call_without_the_role_is_refused_with_a_problem_document() {
        SecurityRefusals.withoutRole(SECURED, Tokens.applicant("api-document-applicant"));
    }
}
