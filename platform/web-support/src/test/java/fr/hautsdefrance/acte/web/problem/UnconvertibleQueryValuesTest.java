package fr.hautsdefrance.acte.web.problem;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query value its parameter's type cannot take reaches the mapper as JAX-RS' 404 with the converter's
 * refusal as cause: it is answered 400, naming the field, as any other bad input.
 */
class UnconvertibleQueryValuesTest {

    @Test
    void a_date_that_is_no_date_is_named_with_the_format_expected() {
        Throwable refusal = refusalOf(() -> LocalDate.parse("99999999-01-01"));

        assertThat(ProblemMappers.unconvertibleQueryValue(refusal, query(Map.of("submittedFrom", "99999999-01-01",
                "status", "SUBMITTED")))).hasValueSatisfying(error -> {
                    assertThat(error.field()).isEqualTo("submittedFrom");
                    assertThat(error.message()).contains("« 99999999-01-01 »", "AAAA-MM-JJ");
                });
    }

    @Test
    void an_unknown_code_and_a_malformed_identifier_are_named_too() {
        Throwable unknownCode = refusalOf(() -> Thread.State.valueOf("NOPE"));
        Throwable notAnId = refusalOf(() -> UUID.fromString("xyz"));

        assertThat(ProblemMappers.unconvertibleQueryValue(unknownCode, query(Map.of("status", "NOPE"))))
                .hasValueSatisfying(error -> assertThat(error.field()).isEqualTo("status"));
        assertThat(ProblemMappers.unconvertibleQueryValue(notAnId, query(Map.of("callId", "xyz"))))
                .hasValueSatisfying(error -> assertThat(error.message()).contains("identifiant"));
    }

    @Test
    void a_refused_value_that_is_no_query_parameter_leaves_the_404() {
        Throwable refusal = refusalOf(() -> UUID.fromString("not-an-id"));

        assertThat(ProblemMappers.unconvertibleQueryValue(refusal, query(Map.of("page", "2")))).isEmpty();
    }

    @Test
    void the_mapper_answers_400_with_the_field_for_a_404_caused_by_a_query_value() {
        Throwable refusal = refusalOf(() -> Integer.parseInt("abc"));
        MultivaluedMap<String, String> query = query(Map.of("page", "abc"));
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(UriInfo.class.getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, arguments) -> switch (method.getName()) {
                    case "getQueryParameters" -> query;
                    case "getPath" -> "/api/v1/applications";
                    default -> null;
                });

        Problem problem = (Problem) new ProblemMappers().http(new NotFoundException(refusal), uri, null).getEntity();

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("page");
    }

    private static Throwable refusalOf(Runnable conversion) {
        try {
            conversion.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the conversion did not fail");
    }

    private static MultivaluedMap<String, String> query(Map<String, String> values) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
        values.forEach(query::add);
        return query;
    }
}
