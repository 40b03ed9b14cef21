package fr.hautsdefrance.acte.application.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an applicant may change in their file, and when; what an officer may correct once it is deposited. */
class DraftRulesTest {

    @Test
    void a_draft_always_keeps_a_title() {
        Application draft = Files.completeDraft(Files.association());

        assertThatThrownBy(() -> draft.describeProject(" ", null, Stage.EMERGENCE, List.of(), null, null))
                .isInstanceOf(ApplicationRuleException.class)
                .extracting(e -> ((ApplicationRuleException) e).field()).isEqualTo("title");
        assertThat(draft.title()).isEqualTo("Ressourcerie");
    }

    @Test
    void each_step_replaces_what_it_saved_before() {
        Application draft = Files.completeDraft(Files.association());

        draft.describeProject("Recyclerie", "  ", Stage.DEVELOPMENT, List.of("59350", "62498"),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 6, 30));
        draft.planBudget(List.of(new ExpenseLine(ExpenseCategory.INVESTMENT, "Broyeur", new BigDecimal("12000.00"))));
        draft.planFunding(List.of(), null);

        assertThat(draft.title()).isEqualTo("Recyclerie");
        assertThat(draft.summary()).as("a blank summary is no summary").isNull();
        assertThat(draft.communeCodes()).containsExactly("59350", "62498");
        assertThat(draft.expenses()).extracting(e -> e.label).containsExactly("Broyeur");
        assertThat(draft.funding()).isEmpty();
        assertThat(draft.requestedAmount()).isNull();
    }

    @Test
    void a_deposited_file_is_no_longer_changed_by_its_applicant() {
        Application file = Files.submitted();

        assertThatThrownBy(() -> file.planBudget(List.of())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> file.namePartners(List.of())).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> file.describeProject("Autre", null, null, List.of(), null, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(file.expenses()).hasSize(1);
    }

    @Test
    void an_officer_corrects_what_is_given_on_a_deposited_file_and_leaves_the_rest() {
        Application file = Files.submitted();

        file.correctDetails(null, List.of("59350"), null, LocalDate.of(2028, 1, 31), Files.DEPOSIT.plusDays(3));

        assertThat(file.title()).isEqualTo("Ressourcerie");
        assertThat(file.communeCodes()).containsExactly("59350");
        assertThat(file.startDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(file.endDate()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThatThrownBy(() -> Files.completeDraft(Files.association())
                .correctDetails("Autre", null, null, null, Files.DEPOSIT))
                .as("a draft is corrected by its applicant").isInstanceOf(IllegalTransitionException.class);
    }
}
