package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.PaymentRequest;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentFormsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "lines[0].realisedAmount, lineAmount0", "lines[3].category, lineCategory3", "lines[1].label, lineLabel1",
            "lines[2].supportingDocuments, lineDocuments2", "lines[2].supportingDocuments[1], lineDocuments2",
            "lines[4].decision, lines", "lines, lines", "kind, kind", "Idempotency-Key, demander", "body, demander",
            "iban, demander"})
    void payment_service_field_paths_land_on_the_statement_form_fields(String path, String field) {
        assertThat(PaymentForms.fieldOf(path, PaymentForms.Form.STATEMENT)).isEqualTo(field);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"iban, iban", "holderName, holderName", "postCode, postCode", "country, country", "body, banque",
            "lines[0].label, banque"})
    void payment_service_field_paths_land_on_the_bank_details_fields(String path, String field) {
        assertThat(PaymentForms.fieldOf(path, PaymentForms.Form.BANK)).isEqualTo(field);
    }

    @Test
    void blank_rows_are_left_out_so_each_line_of_the_request_is_the_row_shown_again() {
        PaymentForms.Statement statement = PaymentForms.statement(form(
                "kind", "INSTALMENT",
                "lineCategory0", "", "lineLabel0", "", "lineAmount0", "", "lineDocuments0", "",
                "lineCategory1", "ANIMATION_ENGINEERING", "lineLabel1", "Coordination", "lineAmount1", "12 500,50",
                "lineDocuments1", "facture 12 ; fiche de paie mars",
                "lineCategory2", "", "lineLabel2", "", "lineAmount2", "", "lineDocuments2", "",
                "lineCategory3", "INVESTMENT", "lineLabel3", "Établi", "lineAmount3", "800", "lineDocuments3", "F-7"));

        assertThat(statement.valid()).isTrue();
        assertThat(statement.request().kind()).isEqualTo("INSTALMENT");
        assertThat(statement.request().lines()).containsExactly(
                new PaymentRequest.Line(ExpenseCategory.ANIMATION_ENGINEERING, "Coordination", new BigDecimal("12500.50"),
                        List.of("facture 12", "fiche de paie mars")),
                new PaymentRequest.Line(ExpenseCategory.INVESTMENT, "Établi", new BigDecimal("800"), List.of("F-7")));
        assertThat(statement.rows()).extracting(PaymentForms.StatementRow::label).containsExactly("Coordination", "Établi");
        // payment-service's lines[1] is the second row shown again.
        ProblemException refusal = new ProblemException(400, "validation", "Données invalides", "1 champ", List.of(
                new Problem.FieldError("lines[1].realisedAmount", "Un montant en euros, au centime près")));
        assertThat(PaymentForms.errorsOf(refusal, PaymentForms.Form.STATEMENT)).containsExactly(
                new Problem.FieldError("lineAmount1", "Ligne 2 : un montant en euros, au centime près"));
    }

    @Test
    void an_amount_that_is_not_a_number_is_refused_on_its_row_before_anything_is_sent() {
        PaymentForms.Statement statement = PaymentForms.statement(form("kind", "BALANCE",
                "lineCategory0", "OPERATING", "lineLabel0", "Loyer", "lineAmount0", "mille euros", "lineDocuments0", "bail"));

        assertThat(statement.valid()).isFalse();
        assertThat(statement.errors()).extracting(Problem.FieldError::field).containsExactly("lineAmount0");
    }

    @Test
    void a_statement_needs_its_kind_and_at_least_one_line() {
        PaymentForms.Statement statement = PaymentForms.statement(form(
                "lineCategory0", "", "lineLabel0", "", "lineAmount0", "", "lineDocuments0", ""));

        assertThat(statement.errors()).extracting(Problem.FieldError::field).containsExactly("kind", "lines");
    }

    @Test
    void a_refusal_without_field_is_shown_on_the_form_it_answers() {
        ProblemException inProgress = ProblemException.conflict("illegal-transition",
                "L'avance est en cours de traitement : une seule demande de versement à la fois.");

        assertThat(PaymentForms.errorsOf(inProgress, PaymentForms.Form.ADVANCE)).containsExactly(
                new Problem.FieldError("demander", inProgress.getMessage()));
    }

    @Test
    void a_reused_idempotency_key_tells_the_person_the_request_was_already_recorded() {
        ProblemException reused = ProblemException.conflict("idempotency-key-reused", "Cette clé d'idempotence (abc) a déjà servi");

        assertThat(PaymentForms.errorsOf(reused, PaymentForms.Form.STATEMENT)).singleElement()
                .satisfies(e -> assertThat(e.message()).doesNotContain("idempotence").contains("déjà été enregistrée"));
    }

    @Test
    void bank_details_default_to_france_and_leave_an_empty_building_number_out() {
        var details = PaymentForms.bankDetails(form("holderName", "Coopérative", "iban", "FR14 2004 1010 0505 0001 3M02 606",
                "bic", "PSSTFRPPLIL", "buildingNumber", " ", "streetName", "rue de la Fosse", "postCode", "62300",
                "townName", "Lens", "country", ""));

        assertThat(details.country()).isEqualTo("FR");
        assertThat(details.buildingNumber()).isNull();
        assertThat(details.iban()).isEqualTo("FR14 2004 1010 0505 0001 3M02 606");
    }

    @Test
    void more_rows_are_offered_than_typed() {
        List<PaymentForms.StatementRow> typed = List.of(new PaymentForms.StatementRow("OPERATING", "Loyer", "100", "bail"));

        assertThat(PaymentForms.shown(typed, PaymentForms.STATEMENT_ROWS)).hasSize(PaymentForms.STATEMENT_ROWS)
                .first().isEqualTo(typed.get(0));
        assertThat(PaymentForms.shown(List.of(), 0)).hasSize(2);
    }

    private static FormData form(String... pairs) {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return new FormData(map);
    }
}
