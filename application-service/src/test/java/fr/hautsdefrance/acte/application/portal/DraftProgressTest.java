package fr.hautsdefrance.acte.application.portal;

import fr.hautsdefrance.acte.application.domain.DocumentType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The draft's step indicator: a step is complete once what the deposit needs from it is there. */
class DraftProgressTest {

    private static final DraftView.Project PROJECT = new DraftView.Project("Conserverie", "Une conserverie partagée.",
            "EMERGENCE", List.of("Saint-Pol-sur-Ternoise (62767)", ""), false, "", "", "2027-03-01", "2028-06-30");

    @Test
    void steps_filled_are_complete_one_partner_is_not_enough_and_the_deposit_step_is_never_complete_in_a_draft() {
        DraftProgress progress = view(DraftStep.PARTNERS, PROJECT,
                List.of(new DraftView.Row("Ville de Saint-Pol", "PUBLIC_AUTHORITY", ""), new DraftView.Row("", "", "")),
                List.of(new DraftView.Row("OPERATING", "Coordination", "42000.00")), List.of(), "",
                List.of(new DraftView.Required(DocumentType.STATUTES, true), new DraftView.Required(DocumentType.RIB, true)))
                .getProgress();

        assertThat(progress.steps()).extracting(DraftProgress.StepState::getStateLabel).containsExactly(
                "complète", "étape en cours", "complète", "à compléter", "complète", "à compléter");
        assertThat(progress.steps()).filteredOn(DraftProgress.StepState::current).extracting(DraftProgress.StepState::step)
                .containsExactly(DraftStep.PARTNERS);
        assertThat(progress.getDoneCount()).isEqualTo(3);
    }

    @Test
    void a_project_without_its_dates_or_commune_and_pieces_still_missing_are_to_complete() {
        DraftView.Project undated = new DraftView.Project("Conserverie", "", "EMERGENCE", List.of("", ""), false, "", "",
                "", "");
        DraftProgress progress = view(DraftStep.SUBMISSION, undated, List.of(), List.of(), List.of(
                new DraftView.Row("REGION_ACTE", "", "30000.00")), "30000.00",
                List.of(new DraftView.Required(DocumentType.STATUTES, true), new DraftView.Required(DocumentType.RIB, false)))
                .getProgress();

        assertThat(progress.steps()).extracting(DraftProgress.StepState::getState).containsExactly(
                "todo", "todo", "todo", "done", "todo", "current");
    }

    private static DraftView view(DraftStep step, DraftView.Project project, List<DraftView.Row> partners,
            List<DraftView.Row> expenses, List<DraftView.Row> funding, String requested, List<DraftView.Required> required) {
        return new DraftView(null, null, step, List.of(), project, partners, expenses, funding, requested, List.of(),
                false, List.of(), required, null, null, List.of(), List.of());
    }

    @Test
    void the_summary_names_the_communes_chosen_without_the_forms_empty_line_for_one_more() {
        assertThat(PROJECT.chosenCommunes()).containsExactly("Saint-Pol-sur-Ternoise (62767)");
    }
}
