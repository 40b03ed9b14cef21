package fr.hautsdefrance.acte.application.rest;

import fr.hautsdefrance.acte.testing.ForgedTokens;
import fr.hautsdefrance.acte.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import static io.restassured.RestAssured.given;

/** application-service serves a genuine token and answers 401 to every forgery of it. */
@QuarkusTest
class ForgedTokenTest {

    private static final String PATH = "/api/v1/applications";

    @Test
    void a_genuine_token_is_served() {
        given().auth().oauth2(Tokens.of("forged-applicant", "applicant")).get(PATH).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forgeries")
    void a_forged_token_is_refused(ForgedTokens.Forgery forgery) {
        given().auth().oauth2(forgery.token()).get(PATH).then().statusCode(401);
    }

    static List<ForgedTokens.Forgery> forgeries() {
        return ForgedTokens.of("forged-applicant", "applicant");
    }
}
