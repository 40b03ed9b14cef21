package fr.hautsdefrance.acte.payment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.refusedAs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A refusal that names a status carries it, never a code in its text (« statut PENDING »): the message
 * bundle names it as a person reads it (see Texts and Refusals).
 */
class StatusesInRefusalsTest {

    @Test
    void bank_details_never_used_for_a_payment_cannot_be_blocked_and_the_refusal_carries_their_status() {
        BankAccount pending = BankAccount.propose(UUID.randomUUID(), "Les Jardins", "FR1420041010050500013M02606",
                "PSSTFRPPLIL", "rue de Paris", "12", "59000", "Lille", "FR", "porteuse", "Camille Lefebvre", OffsetDateTime.now());

        assertThatThrownBy(() -> pending.block("compte clos", OffsetDateTime.now()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refusedAs(new IllegalTransitionException.BankDetailsNeverUsed(BankAccountStatus.PENDING)));
    }

    @Test
    void a_closed_grant_cannot_lapse_and_the_refusal_carries_its_reference_and_status() {
        GrantAccount grant = GrantAccount.award(UUID.randomUUID(), "ACTE-2026-000002", new BigDecimal("30000.00"),
                new BigDecimal("0.6"), new BigDecimal("60000.00"), "CP-2026-12-001", LocalDate.of(2026, 12, 10),
                MoneyRulesTest.RULES, OffsetDateTime.now());
        grant.signAgreement(OffsetDateTime.now(), "porteuse", "Nadia Benali");
        grant.close(OffsetDateTime.now());

        assertThatThrownBy(() -> grant.lapse(OffsetDateTime.now())).isInstanceOfSatisfying(
                IllegalTransitionException.class, refusedAs(new IllegalTransitionException.GrantStepRefused(
                        "ACTE-2026-000002", GrantStatus.CLOSED, "elle ne peut pas devenir caduque")));
    }
}
