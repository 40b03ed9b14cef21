package fr.hautsdefrance.acte.web;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCsvTest {

    @Test
    void cells_are_quoted_when_needed_and_formulas_are_kept_as_text() {
        assertThat(SpreadsheetCsv.row(';', Arrays.asList("ACTE-2026-000042", "Les \"Jardins\"; coop", null,
                "=HYPERLINK(\"http://x\")", "-12", "@SUM(A1)", "ligne\nsuivante")))
                .isEqualTo("ACTE-2026-000042;\"Les \"\"Jardins\"\"; coop\";;\"'=HYPERLINK(\"\"http://x\"\")\";'-12;"
                        + "'@SUM(A1);\"ligne\nsuivante\"\r\n");
        assertThat(SpreadsheetCsv.row(';', List.of("9 000,00"))).isEqualTo("9 000,00\r\n");
    }
}
