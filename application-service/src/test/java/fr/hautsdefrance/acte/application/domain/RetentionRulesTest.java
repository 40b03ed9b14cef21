package fr.hautsdefrance.acte.application.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

import static fr.hautsdefrance.acte.application.domain.Files.DEPOSIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which files the retention schedule anonymises, from which day its periods run, and what goes. */
class RetentionRulesTest {

    private static final OffsetDateTime LATER = DEPOSIT.plusYears(6);

    @Test
    void the_periods_of_a_withdrawn_file_run_from_its_withdrawal() {
        Application file = Files.submitted();
        file.withdraw(Files.association(), DEPOSIT.plusDays(3));

        assertThat(file.endedOn()).contains(LocalDate.of(2026, 12, 4));
    }

    @Test
    void the_periods_of_an_inadmissible_file_run_from_the_decision() {
        Application file = Files.submitted();
        Files.assessedByTheRules(file, false);
        file.declareInadmissible(Files.association(), "Deux partenaires au moins.", "Claude Martin", LocalDate.of(2026, 12, 10), DEPOSIT.plusDays(12));

        assertThat(file.endedOn()).contains(LocalDate.of(2026, 12, 10));
    }

    @Test
    void a_file_still_instructed_or_awarded_has_no_end_the_schedule_counts_from() {
        Application submitted = Files.submitted();
        Application draft = Application.draft("ACTE-2026-000002", Files.association(), submitted.callId(), "owner-1",
                DEPOSIT);

        assertThat(submitted.endedOn()).isEmpty();
        assertThat(draft.endedOn()).isEmpty();
        assertThatThrownBy(() -> submitted.anonymise(LATER)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void anonymising_removes_the_texts_and_followers_and_keeps_the_amounts_decision_and_communes_once() {
        Application file = Files.submitted();
        file.follow("owner-1");
        file.withdraw(Files.association(), DEPOSIT.plusDays(3));

        file.anonymise(LATER);
        file.anonymise(LATER.plusDays(1));

        assertThat(file.title()).isEqualTo(Application.ANONYMISED_TITLE);
        assertThat(file.summary()).isNull();
        assertThat(file.followers()).isEmpty();
        assertThat(file.partners()).allSatisfy(partner -> assertThat(partner.role).isNull());
        assertThat(file.requestedAmount()).isEqualByComparingTo("30000.00");
        assertThat(file.communeCodes()).containsExactly("62498");
        assertThat(file.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(file.anonymisedAt()).isEqualTo(LATER);
        assertThat(file.endedOn()).isEqualTo(Optional.of(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void only_a_draft_is_warned_before_deletion() {
        Application file = Files.submitted();

        assertThatThrownBy(() -> file.draftExpiryWarned(LATER)).isInstanceOf(IllegalTransitionException.class);
    }
}
