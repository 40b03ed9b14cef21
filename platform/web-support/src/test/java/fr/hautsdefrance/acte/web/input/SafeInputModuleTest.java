package fr.hautsdefrance.acte.web.input;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SafeInputModuleTest {

    record Project(String title, List<String> labels, LocalDate endDate, OffsetDateTime at) {
    }

    record Draft(Project project) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new SafeInputModule());

    @Test
    void a_nul_character_anywhere_is_refused_naming_the_field() {
        JsonMappingException refused = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(
                "{\"project\":{\"labels\":[\"ok\",\"mauvais\\u0000\"]}}", Draft.class));

        assertThat(refused).isInstanceOf(RejectedInputException.class);
        assertThat(fr.hautsdefrance.acte.web.problem.JsonPathsAccess.of(refused)).isEqualTo("project.labels[1]");
        assertThat(refused.getOriginalMessage()).contains("U+0000");
    }

    @Test
    void a_date_whose_year_is_not_four_digits_is_refused_naming_the_field() {
        JsonMappingException refused = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(
                "{\"project\":{\"endDate\":\"+999999999-12-31\"}}", Draft.class));

        assertThat(fr.hautsdefrance.acte.web.problem.JsonPathsAccess.of(refused)).isEqualTo("project.endDate");
        assertThat(refused.getOriginalMessage()).contains("999999999");
        assertThat(catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(
                "{\"at\":\"-000001-01-01T00:00:00Z\"}", Project.class))).isInstanceOf(RejectedInputException.class);
    }

    @Test
    void invisible_formatting_characters_are_removed_and_ordinary_text_is_kept() throws Exception {
        Project project = mapper.readValue("{\"title\":\"Ressour\\u200Bcerie \\u202Eexe.pdf\\u202C\\uFEFF\","
                + "\"labels\":[\"Cité\\u00a09\\tLens\\nLiévin\"],\"endDate\":\"2028-06-30\"}", Project.class);

        assertThat(project.title()).isEqualTo("Ressourcerie exe.pdf");
        assertThat(project.labels()).containsExactly("Cité\u00a09\tLens\nLiévin");
        assertThat(project.endDate()).isEqualTo(LocalDate.of(2028, 6, 30));
    }
}
