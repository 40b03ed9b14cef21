package fr.hautsdefrance.acte.payment.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.NOW;
import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.NO_AUTHOR;
import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.refusedAs;
import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.validatedAccount;
import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.validatedInstalment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finance sends a liquidation back to the officer instead of preparing its mandate, and only then. */
class LiquidationReturnTest {

    static final OffsetDateTime LATER = NOW.plusDays(2);

    @Test
    void a_returned_liquidation_awaits_a_new_one_with_the_reason_who_and_when_kept() {
        Payment instalment = validatedInstalment();

        instalment.returnLiquidation("finance", "Finance 1", "  Facture de la ligne 1 illisible.  ", LATER);

        assertThat(instalment.status()).isEqualTo(PaymentStatus.REQUESTED);
        assertThat(instalment.amount()).isNull();
        assertThat(instalment.validatedBy()).isNull();
        assertThat(instalment.acceptedEligibleBase()).isNull();
        assertThat(instalment.lines).allSatisfy(line -> {
            assertThat(line.decision).isEqualTo(LineDecision.PENDING);
            assertThat(line.acceptedAmount).isNull();
        });
        assertThat(instalment.liquidationReturnReason()).isEqualTo("Facture de la ligne 1 illisible.");
        assertThat(instalment.liquidationReturnedBy()).isEqualTo("finance");
        assertThat(instalment.liquidationReturnedByName()).isEqualTo("Finance 1");
        assertThat(instalment.liquidationReturnedAt()).isEqualTo(LATER);
        // The request is the officer's again: a new liquidation, then the mandate as usual.
        instalment.validate("instructeur", new BigDecimal("8000.00"), new BigDecimal("4800.00"), LATER);
        instalment.prepare("finance", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, LATER);
        instalment.approve("finance2", "Finance 2", NO_AUTHOR, LATER);
        assertThat(instalment.status()).isEqualTo(PaymentStatus.APPROVED);
        assertThat(instalment.amount()).isEqualByComparingTo("4800.00");
        assertThat(instalment.liquidationReturnReason()).isEqualTo("Facture de la ligne 1 illisible.");
    }

    @Test
    void once_the_mandate_is_prepared_approved_or_ordered_the_liquidation_stays() {
        Payment prepared = validatedInstalment();
        prepared.prepare("finance", "Finance 1", Creditor.of(validatedAccount()), NO_AUTHOR, NOW);
        assertThatThrownBy(() -> prepared.returnLiquidation("finance2", "Finance 2", "Montant faux.", LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refusedAs(new IllegalTransitionException.MandatePrepared(PaymentKind.INSTALMENT, 1, "Finance 1")));

        prepared.approve("finance2", "Finance 2", NO_AUTHOR, NOW);
        assertThatThrownBy(() -> prepared.returnLiquidation("finance2", "Finance 2", "Montant faux.", LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refusedAs(
                        new IllegalTransitionException.PaymentStepRefused(PaymentKind.INSTALMENT, 1,
                                PaymentStatus.APPROVED, "impossible de renvoyer sa liquidation à l'instructeur")));

        prepared.order(UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> prepared.returnLiquidation("finance2", "Finance 2", "Montant faux.", LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> assertThat(refused.refusal())
                        .get().extracting("status").isEqualTo(PaymentStatus.ORDERED));
        assertThat(prepared.status()).isEqualTo(PaymentStatus.ORDERED);
        assertThat(prepared.liquidationReturnedAt()).isNull();
    }

    @Test
    void a_request_not_yet_liquidated_has_nothing_to_return() {
        Payment instalment = validatedInstalment();
        instalment.returnLiquidation("finance", "Finance 1", "Justificatif manquant.", LATER);

        assertThatThrownBy(() -> instalment.returnLiquidation("finance", "Finance 1", "Encore.", LATER))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refusedAs(
                        new IllegalTransitionException.PaymentStepRefused(PaymentKind.INSTALMENT, 1,
                                PaymentStatus.REQUESTED, "impossible de renvoyer sa liquidation à l'instructeur")));
    }

    @Test
    void the_reason_is_required_and_the_officer_who_liquidated_cannot_return_it_as_finance() {
        Payment instalment = validatedInstalment();

        assertThatThrownBy(() -> instalment.returnLiquidation("finance", "Finance 1", " ", LATER))
                .isInstanceOf(PaymentRuleException.class)
                .satisfies(e -> assertThat(((PaymentRuleException) e).field()).isEqualTo("reason"))
                .hasMessageContaining("pourquoi la liquidation est renvoyée");
        assertThatThrownBy(() -> instalment.returnLiquidation("instructeur", "Jeanne", "Montant faux.", LATER))
                .isInstanceOf(FourEyesException.class).hasMessageContaining("Vous avez certifié ce service fait");
        assertThat(instalment.status()).isEqualTo(PaymentStatus.VALIDATED);
    }

    @Test
    void the_advance_and_the_balance_are_not_returned() {
        Payment advance = Payment.scheduled(UUID.randomUUID(), PaymentKind.ADVANCE, 1, new BigDecimal("9000.00"), NOW);
        advance.request("porteuse", "Nadia", java.util.List.of(), new BigDecimal("9000.00"), NOW);
        advance.validate("acte-payment-service", null, new BigDecimal("9000.00"), NOW);
        assertThatThrownBy(() -> advance.returnLiquidation("finance", "Finance 1", "Montant faux.", LATER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("convention signée");

        Payment balance = Payment.scheduled(UUID.randomUUID(), PaymentKind.BALANCE, 1, null, NOW);
        balance.request("porteuse", "Nadia", java.util.List.of(new ExpenseLine(ExpenseCategory.OPERATING, "Coordination",
                new BigDecimal("10000.00"), java.util.List.of("facture-1"))), new BigDecimal("6000.00"), NOW);
        balance.validate("instructeur", new BigDecimal("10000.00"), new BigDecimal("6000.00"), NOW);
        assertThatThrownBy(() -> balance.returnLiquidation("finance", "Finance 1", "Montant faux.", LATER))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("montant définitif");
        assertThat(balance.status()).isEqualTo(PaymentStatus.VALIDATED);
    }
}
