package fr.hautsdefrance.acte.eligibility.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A control character in any field is a 400 naming the field (the rule every service shares), never a 500. */
@QuarkusTest
class OutOfRangeInputTest {

    @Test
    void a_nul_character_in_a_partner_name_or_a_search_is_refused_naming_the_field() {
        given().contentType(ContentType.JSON).body(AssessmentApiTest.ELIGIBLE.replace("Mairie de Lens", "Mairie\\u0000"))
                .post("/api/v1/eligibility/assessments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("project.partners[0].name"))
                .body("errors[0].message", containsString("U+0000"));
        given().urlEncodingEnabled(false).get("/api/v1/territories/communes?q=Le%00ns").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"));
    }
}
