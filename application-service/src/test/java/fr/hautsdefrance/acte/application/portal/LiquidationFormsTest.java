package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.LineReview;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.web.problem.Problem;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class LiquidationFormsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"lines[0].acceptedAmount, acceptedAmount-0", "lines[3].comment, comment-3",
            "lines[12].decision, decision-12", "review.body.lines[1].acceptedAmount, acceptedAmount-1",
            "lines, liquidation", "body, liquidation", "reason, rejectionReason"})
    void payment_service_field_paths_land_on_the_liquidation_form_fields(String path, String field) {
        ProblemException refusal = new ProblemException(422, "payment-rule", "Versement refusé", "Refusé.",
                List.of(new Problem.FieldError(path, "Message.")));
        assertThat(LiquidationForms.errorsOn(refusal, LiquidationForms.WHOLE))
                .containsExactly(new Problem.FieldError(field, "Message."));
    }

    @Test
    void a_refusal_naming_no_field_is_shown_on_the_whole_form() {
        ProblemException deport = new ProblemException(403, "impartiality", "Déport", "Vous vous êtes déporté.",
                List.of());
        assertThat(LiquidationForms.errorsOn(deport, LiquidationForms.WHOLE))
                .containsExactly(new Problem.FieldError("liquidation", "Vous vous êtes déporté."));
    }

    @Test
    void each_line_is_read_as_accepted_for_the_typed_amount_or_rejected_with_its_comment() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("decision-0", "ACCEPTED");
        fields.add("acceptedAmount-0", "8 250,50 €");
        fields.add("decision-1", "REJECTED");
        fields.add("comment-1", "Facture hors période");
        List<Problem.FieldError> errors = new ArrayList<>();

        List<LineReview> reviews = LiquidationForms.reviews(payment(2), new FormData(fields), errors);

        assertThat(errors).isEmpty();
        assertThat(reviews).containsExactly(new LineReview("ACCEPTED", new BigDecimal("8250.50"), ""),
                new LineReview("REJECTED", null, "Facture hors période"));
    }

    @Test
    void a_line_without_decision_or_with_an_unreadable_amount_is_refused_on_its_field() {
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("decision-0", "ACCEPTED");
        fields.add("acceptedAmount-0", "beaucoup");
        List<Problem.FieldError> errors = new ArrayList<>();

        LiquidationForms.reviews(payment(2), new FormData(fields), errors);

        assertThat(errors).extracting(Problem.FieldError::field).containsExactly("acceptedAmount-0", "decision-1");
    }

    private static GrantDetails.Payment payment(int lines) {
        List<GrantDetails.Line> statement = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            statement.add(new GrantDetails.Line(i, ExpenseCategory.OPERATING, "Dépense " + i, new BigDecimal("10000.00"),
                    List.of(), null, null, null));
        }
        return new GrantDetails.Payment(UUID.randomUUID(), "BALANCE", 1, "solde", "REQUESTED", null, null, null, null,
                null, null, null, null, statement, null);
    }
}
