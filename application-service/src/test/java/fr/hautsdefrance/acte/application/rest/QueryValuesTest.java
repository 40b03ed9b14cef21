package fr.hautsdefrance.acte.application.rest;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static fr.hautsdefrance.acte.application.Fixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A filter typed wrong in the queue's address is bad input, named: not "page introuvable", which JAX-RS
 * answers by default when a query value does not convert to its parameter's type.
 */
@QuarkusTest
class QueryValuesTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/applications, submittedFrom, hier, AAAA-MM-JJ",
            "/api/v1/applications, submittedTo, 99999999-01-01, AAAA-MM-JJ",
            "/api/v1/applications, status, NOPE, documentation",
            "/api/v1/applications, callId, xyz, identifiant",
            "/api/v1/exports/applications.csv, submittedFrom, 2027-13-45, AAAA-MM-JJ"})
    void a_query_value_of_the_wrong_kind_is_refused_naming_its_field(String path, String field, String value,
            String expected) {
        as("officer-1", "officer").queryParam(field, value).get(path).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(expected));
    }
}
