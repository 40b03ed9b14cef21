package fr.hautsdefrance.acte.application.domain;

import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static fr.hautsdefrance.acte.application.domain.Files.DEPOSIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CRPA L231-4 and L114-5 on a file: two months of silence from the complete deposit or the pieces' receipt. */
class ImplicitDecisionRulesTest {

    private static final LocalDate DEPOSIT_DAY = LocalDate.of(2026, 12, 1);

    @Test
    void silence_is_worth_rejection_two_months_after_the_complete_deposit() {
        Application file = Files.submitted();

        assertThat(file.implicitDecisionOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(file.implicitlyRejectedOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(file.implicitlyRejectedOn(LocalDate.of(2027, 2, 1))).isTrue();
    }

    @Test
    void the_officers_are_warned_once_fifteen_days_before_and_told_once_when_it_is_born() {
        Application file = Files.submitted();

        assertThat(file.implicitDecisionWarningDue(LocalDate.of(2027, 1, 16))).isFalse();
        assertThat(file.implicitDecisionWarningDue(LocalDate.of(2027, 1, 17))).isTrue();
        file.implicitDecisionWarned(Files.association(), LocalDate.of(2027, 1, 17), DEPOSIT);
        assertThat(file.implicitDecisionWarningDue(LocalDate.of(2027, 1, 20))).isFalse();
        assertThat(file.implicitRejectionNoticeDue(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(file.implicitRejectionNoticeDue(LocalDate.of(2027, 2, 1))).isTrue();
        file.implicitRejectionNoticed(Files.association(), DEPOSIT);
        assertThat(file.implicitRejectionNoticeDue(LocalDate.of(2027, 2, 2))).isFalse();
    }

    @Test
    void the_clock_waits_for_the_pieces_asked_for_and_restarts_at_their_receipt() {
        Application file = Files.submitted();
        Files.reviewStarted(file, DEPOSIT);
        InformationRequest request = Files.piecesAsked(file, DEPOSIT.plusDays(3));

        assertThat(file.implicitDecisionOn()).isNull();
        file.informationProvided(Files.association(), request, "RIB joint.", "owner-1",
                OffsetDateTime.parse("2026-12-20T16:00:00+01:00"));

        assertThat(file.decisionClockStartedOn()).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(file.implicitDecisionOn()).isEqualTo(LocalDate.of(2027, 2, 20));
    }

    @Test
    void a_decided_file_runs_no_clock() {
        Application file = Files.submitted();
        file.declareInadmissible(Files.association(), "Hors dispositif.", "Claude Martin", DEPOSIT_DAY, DEPOSIT);

        assertThat(file.implicitDecisionOn()).isNull();
        assertThat(file.implicitRejectionNoticeDue(LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void once_closed_as_incomplete_a_late_answer_is_refused() {
        Application file = Files.submitted();
        Files.reviewStarted(file, DEPOSIT);
        InformationRequest request = Files.piecesAsked(file, DEPOSIT);
        file.closeAsIncomplete(Files.association(), "Pièces non reçues.", DEPOSIT.plusDays(30));

        assertThat(file.status()).isEqualTo(ApplicationStatus.CLOSED_AS_INCOMPLETE);
        assertThatThrownBy(() -> file.informationProvided(Files.association(), request, "RIB joint.", "owner-1",
                DEPOSIT.plusDays(31)))
                .isInstanceOf(ApplicationRuleException.class).hasMessageContaining("classé sans suite le 2026-12-31");
    }

    @Test
    void a_file_is_closed_as_incomplete_only_while_pieces_are_awaited_and_with_a_reason() {
        Application file = Files.submitted();
        assertThatThrownBy(() -> file.closeAsIncomplete(Files.association(), "Pièces non reçues.", DEPOSIT))
                .isInstanceOf(IllegalTransitionException.class);
        Files.reviewStarted(file, DEPOSIT);
        Files.piecesAsked(file, DEPOSIT);
        assertThatThrownBy(() -> file.closeAsIncomplete(Files.association(), " ", DEPOSIT))
                .isInstanceOf(ApplicationRuleException.class);
    }
}
