package fr.hautsdefrance.acte.application.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static fr.hautsdefrance.acte.application.domain.Files.DEPOSIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a file is decided: opinions, refusals with and without the committee. */
class DecisionRulesTest {

    @Test
    void a_file_the_rules_refuse_gets_an_unfavourable_opinion_with_its_reason_and_no_amount() {
        Application file = Files.submitted();
        Files.assessedByTheRules(file, false);
        Files.reviewStarted(file, DEPOSIT);

        assertThatThrownBy(() -> file.assess(Files.association(), Files.grid(),
                Opinion.FAVOURABLE, new BigDecimal("20000.00"), "Bien.",
                "officer-1", DEPOSIT)).isInstanceOf(ApplicationRuleException.class).hasMessageContaining("défavorable");
        assertThatThrownBy(() -> file.assess(Files.association(), Files.grid(),
                Opinion.UNFAVOURABLE, new BigDecimal("20000.00"),
                "Hors dispositif.", "officer-1", DEPOSIT)).isInstanceOf(ApplicationRuleException.class)
                .hasMessageContaining("pas de montant");

        file.assess(Files.association(), Files.grid(),
                Opinion.UNFAVOURABLE, null, "Hors dispositif.", "officer-1", DEPOSIT);

        assertThat(file.status()).isEqualTo(ApplicationStatus.ASSESSED);
        assertThat(file.opinion()).isEqualTo(Opinion.UNFAVOURABLE);
        assertThat(file.proposedAmount()).isNull();
    }

    @Test
    void a_favourable_opinion_needs_an_amount() {
        Application file = Files.submitted();
        Files.assessedByTheRules(file, true);
        Files.reviewStarted(file, DEPOSIT);

        assertThatThrownBy(() -> file.assess(Files.association(), Files.grid(),
                Opinion.FAVOURABLE, null, "Bien.", "officer-1", DEPOSIT))
                .isInstanceOf(ApplicationRuleException.class).hasMessageContaining("Proposez un montant");
    }

    @Test
    void the_committee_cannot_award_a_grant_to_a_file_the_rules_refuse() {
        Application file = Files.submitted();
        Files.assessedByTheRules(file, false);
        Files.reviewStarted(file, DEPOSIT);
        file.assess(Files.association(), Files.grid(),
                Opinion.UNFAVOURABLE, null, "Hors dispositif.", "officer-1", DEPOSIT);
        file.scheduleFor(Files.association(), java.util.UUID.randomUUID(), LocalDate.of(2026, 12, 10), DEPOSIT);

        assertThatThrownBy(() -> file.approve(Files.association(), null, Files.GRANTOR, "CP-1",
                LocalDate.of(2026, 12, 10), new BigDecimal("20000.00"), null, null, DEPOSIT))
                .isInstanceOf(ApplicationRuleException.class);
        file.reject(Files.association(), "CP-1", LocalDate.of(2026, 12, 10), "Hors dispositif.", DEPOSIT);
        assertThat(file.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(file.declaredInadmissible()).isFalse();
    }

    @Test
    void the_administration_declares_a_file_inadmissible_with_a_reason_without_the_committee() {
        Application file = Files.submitted();

        assertThatThrownBy(() -> file.declareInadmissible(Files.association(), " ", "Claude Martin", LocalDate.of(2026, 12, 2), DEPOSIT))
                .isInstanceOf(ApplicationRuleException.class);
        file.declareInadmissible(Files.association(), "Hors dispositif.", "Claude Martin", LocalDate.of(2026, 12, 2), DEPOSIT);

        assertThat(file.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(file.declaredInadmissible()).isTrue();
        assertThat(file.decidedAt()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(file.deliberationNumber()).isNull();
    }

    @Test
    void only_the_committee_rejects_by_a_vote() {
        Application file = Files.submitted();

        assertThatThrownBy(() -> file.reject(Files.association(), "CP-1", LocalDate.of(2026, 12, 10), "Non.", DEPOSIT))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.from()).isEqualTo(ApplicationStatus.SUBMITTED);
                    assertThat(refused.to()).isEqualTo(ApplicationStatus.REJECTED);
                });
    }
}
