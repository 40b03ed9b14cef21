package fr.hautsdefrance.acte.testing;

import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The refusals of a secured API operation, as every service must answer them: a problem document
 * (application/problem+json) with a French title and a detail a person can act on, never an empty body.
 */
public final class SecurityRefusals {

    private SecurityRefusals() {
    }

    /** No token: 401, the bearer challenge kept. */
    public static ValidatableResponse withoutToken(String path) {
        return problem(given().accept("application/json").get(path).then(), 401, "Connexion requise")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    /** A token the service does not trust (forged, expired, another audience…): 401. */
    public static ValidatableResponse withToken(String path, String refusedToken) {
        return problem(given().accept("application/json").auth().oauth2(refusedToken).get(path).then(), 401,
                "Connexion requise");
    }

    /** A genuine token without the role the operation requires: 403. */
    public static ValidatableResponse withoutRole(String path, String tokenWithoutTheRole) {
        return problem(given().accept("application/json").auth().oauth2(tokenWithoutTheRole).get(path).then(), 403,
                "Accès refusé");
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String title) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", equalTo(title))
                .body("detail", not(blankOrNullString()));
    }
}
