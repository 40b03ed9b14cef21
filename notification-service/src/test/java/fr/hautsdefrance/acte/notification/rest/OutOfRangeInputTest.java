package fr.hautsdefrance.acte.notification.rest;

import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A control character in any field is a 400 naming the field (the rule every service shares). */
@QuarkusTest
class OutOfRangeInputTest {

    @Test
    void a_nul_character_in_a_field_is_refused_naming_it() {
        given().auth().oauth2(Tokens.officer("officer-nul")).contentType(ContentType.JSON)
                .body("{\"emailMode\":\"DIGEST\\u0000\"}").put("/api/v1/notifications/preferences").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("emailMode"))
                .body("errors[0].message", containsString("caractère de contrôle"));
        given().auth().oauth2(Tokens.of("admin-nul", "admin")).urlEncodingEnabled(false)
                .get("/api/v1/notifications/deliveries/failed?limit=1&x=%00").then().statusCode(400)
                .body("errors[0].field", equalTo("x"));
    }
}
