package fr.hautsdefrance.acte.web.csv;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://evil\") | \"'=HYPERLINK(\"\"http://evil\"\")\"",
            "+33 6 12 34 56 78           | '+33 6 12 34 56 78",
            "-2+3                        | '-2+3",
            "@SUM(A1:A9)                 | '@SUM(A1:A9)",
            "Ressourcerie de Lens        | Ressourcerie de Lens"})
    void a_cell_that_a_spreadsheet_would_run_as_a_formula_stays_text(String value, String written) {
        assertThat(CsvWriter.commaSeparated().cell(value.trim())).isEqualTo(written.trim());
    }

    @Test
    void tabs_and_carriage_returns_at_the_start_are_neutralised_and_rows_end_with_crlf() {
        assertThat(CsvWriter.forFrenchSpreadsheets().row(List.of("\tcmd", "a;b", "")).toString())
                .isEqualTo("\uFEFF'\tcmd;\"a;b\";\r\n");
    }
}
