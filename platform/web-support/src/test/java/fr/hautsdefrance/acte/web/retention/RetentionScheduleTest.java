package fr.hautsdefrance.acte.web.retention;

import fr.hautsdefrance.acte.web.retention.RetentionSchedule.DraftFate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionScheduleTest {

    private final RetentionSchedule acte = new RetentionSchedule(Period.ofMonths(12), Period.ofMonths(1),
            Period.ofMonths(2), Period.ofYears(5), Period.ofYears(10));

    private static final LocalDate LAST_CHANGE = LocalDate.of(2025, 3, 15);

    @Test
    void a_draft_changed_less_than_twelve_months_ago_is_kept() {
        assertThat(acte.draftFate(LAST_CHANGE, Optional.empty(), LocalDate.of(2026, 3, 14))).isEqualTo(DraftFate.KEEP);
    }

    @Test
    void a_draft_untouched_for_twelve_months_is_warned_not_deleted() {
        assertThat(acte.draftFate(LAST_CHANGE, Optional.empty(), LocalDate.of(2026, 3, 15))).isEqualTo(DraftFate.WARN);
        assertThat(acte.draftFate(LAST_CHANGE, Optional.empty(), LocalDate.of(2027, 1, 1)))
                .as("never deleted without a warning, however old").isEqualTo(DraftFate.WARN);
    }

    @Test
    void a_warned_draft_is_deleted_once_the_notice_has_run_out() {
        Optional<LocalDate> warned = Optional.of(LocalDate.of(2026, 3, 15));
        assertThat(acte.draftFate(LAST_CHANGE, warned, LocalDate.of(2026, 4, 14))).isEqualTo(DraftFate.KEEP);
        assertThat(acte.draftFate(LAST_CHANGE, warned, LocalDate.of(2026, 4, 15))).isEqualTo(DraftFate.DELETE);
    }

    @Test
    void a_draft_changed_after_its_warning_lives_again() {
        LocalDate touchedAfterWarning = LocalDate.of(2026, 3, 20);
        Optional<LocalDate> warned = Optional.of(LocalDate.of(2026, 3, 15));

        assertThat(acte.draftFate(touchedAfterWarning, warned, LocalDate.of(2026, 5, 1))).isEqualTo(DraftFate.KEEP);
        assertThat(acte.draftFate(touchedAfterWarning, warned, LocalDate.of(2027, 3, 20))).isEqualTo(DraftFate.WARN);
    }

    @Test
    void a_refused_file_is_anonymised_after_the_appeal_period_and_the_archive_period() {
        LocalDate refusedOn = LocalDate.of(2026, 6, 30);

        assertThat(acte.anonymisationDue(refusedOn)).isEqualTo(LocalDate.of(2031, 8, 30));
        assertThat(acte.anonymisationDue(refusedOn, LocalDate.of(2031, 8, 29))).isFalse();
        assertThat(acte.anonymisationDue(refusedOn, LocalDate.of(2031, 8, 30))).isTrue();
    }

    @Test
    void bank_details_are_erased_ten_years_after_the_last_payment_of_a_finished_grant() {
        assertThat(acte.bankDetailsErasureDue(Optional.of(LocalDate.of(2027, 2, 28)), true))
                .contains(LocalDate.of(2037, 2, 28));
    }

    @Test
    void bank_details_of_a_grant_still_running_or_never_paid_have_no_erasure_date() {
        assertThat(acte.bankDetailsErasureDue(Optional.of(LocalDate.of(2027, 2, 28)), false)).isEmpty();
        assertThat(acte.bankDetailsErasureDue(Optional.empty(), true)).isEmpty();
    }

    @Test
    void a_notice_about_a_file_goes_after_the_appeal_and_archive_periods_a_draft_warning_once_its_notice_ran() {
        LocalDate sent = LocalDate.of(2026, 3, 15);
        assertThat(acte.noticeErasureDue(sent, false)).isEqualTo(LocalDate.of(2031, 5, 15));
        assertThat(acte.noticeErasureDue(sent, true)).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void the_notices_due_on_a_day_are_exactly_those_sent_up_to_the_last_day_due_even_at_the_ends_of_months() {
        for (boolean draftWarning : new boolean[] {false, true}) {
            for (LocalDate today = LocalDate.of(2031, 1, 1); today.isBefore(LocalDate.of(2032, 1, 1));
                    today = today.plusDays(1)) {
                LocalDate last = acte.noticesDueUpTo(today, draftWarning);
                assertThat(acte.noticeErasureDue(last, draftWarning)).isBeforeOrEqualTo(today);
                assertThat(acte.noticeErasureDue(last.plusDays(1), draftWarning)).isAfter(today);
            }
        }
    }
}
