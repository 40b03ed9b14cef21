package fr.hautsdefrance.acte.application.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** An assessment refused for its input names the criterion to score, in French (it said « must be less than or equal to 3 »). */
@QuarkusTest
class AssessmentInputTest {

    @Test
    void a_score_out_of_range_is_refused_naming_the_criterion_and_its_range_in_french() {
        as("officer-1", "officer").contentType(ContentType.JSON).body("""
                        {"cooperation":4,"localAnchoring":-1,"inhabitantsInvolvement":2,"nonRelocatableActivity":2,
                         "swarmingPotential":2,"opinion":"FAVOURABLE","proposedAmount":-5,"justification":"Solide."}""")
                .post("/api/v1/applications/{id}/assessment", UUID.randomUUID())
                .then().statusCode(400)
                .body("errors.message", hasItem("notez la coopération entre acteurs multiples de 0 à 3"))
                .body("errors.message", hasItem("notez l'ancrage local de 0 à 3"))
                .body("errors.message", everyItem(not(containsString("must"))));
    }
}
