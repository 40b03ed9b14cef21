package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.service.command.NamePartners;
import fr.hautsdefrance.acte.application.service.command.PlanBudget;
import fr.hautsdefrance.acte.web.problem.Problem;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A step of the form read into its command, and the command's refusal put back next to the form's fields. */
class DraftFormsTest {

    private static FormData form(Map<String, String> fields) {
        MultivaluedHashMap<String, String> form = new MultivaluedHashMap<>();
        fields.forEach(form::add);
        return new FormData(form);
    }

    @Test
    void blank_rows_are_left_out_and_a_refused_line_is_named_by_the_row_it_was_typed_in() {
        DraftForms.Changes changes = DraftForms.read(DraftStep.PARTNERS, form(Map.of(
                "partnerName0", "", "partnerName1", "", "partnerCategory1", "INHABITANTS",
                "partnerName2", "Ville de Lille")), null);

        assertThat(changes.valid()).isTrue();
        assertThat(((NamePartners) changes.change()).partners()).hasSize(2);
        assertThat(changes.onForm(List.of(new Problem.FieldError("partners[0].name", "Indiquez le nom du partenaire."),
                new Problem.FieldError("partners[1].category", "Indiquez la nature du partenaire."))))
                .containsExactly(new Problem.FieldError("partnerName1", "Ligne 2 : indiquez le nom du partenaire."),
                        new Problem.FieldError("partnerCategory2", "Ligne 3 : indiquez la nature du partenaire."));
    }

    @Test
    void an_amount_is_read_as_people_write_it_and_what_is_not_a_number_is_said_at_once() {
        DraftForms.Changes changes = DraftForms.read(DraftStep.BUDGET, form(Map.of(
                "expenseCategory0", "OPERATING", "expenseAmount0", "12 500,5",
                "expenseCategory1", "OPERATING", "expenseAmount1", "douze")), null);

        assertThat(changes.errors()).extracting(Problem.FieldError::field).containsExactly("expenseAmount1");
        assertThat(((PlanBudget) changes.change()).expenses().get(0).amount()).isEqualByComparingTo("12500.50");
    }

    @Test
    void a_field_outside_the_lists_keeps_its_name() {
        DraftForms.Changes changes = DraftForms.read(DraftStep.PROJECT, form(Map.of("title", "")), null);

        assertThat(changes.onForm(List.of(new Problem.FieldError("title", "Donnez un titre au projet."))))
                .containsExactly(new Problem.FieldError("title", "Donnez un titre au projet."));
    }
}
