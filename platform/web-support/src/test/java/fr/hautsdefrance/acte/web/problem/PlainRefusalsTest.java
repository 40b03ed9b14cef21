package fr.hautsdefrance.acte.web.problem;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainRefusalsTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 406, 409, 413, 415})
    void a_plain_http_refusal_is_named_and_explained_in_french(int status) {
        Problem problem = (Problem) new ProblemMappers().http(
                new jakarta.ws.rs.WebApplicationException(status), null, null).getEntity();

        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.title()).doesNotContainPattern("[Nn]ot |Found|Forbidden|Unauthorized|Request|Method|Media|Conflict");
        assertThat(problem.detail()).isNotBlank();
    }
}
