package fr.hautsdefrance.acte.payment.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The money rules of "After the decision" (ACTE.md), on examples and on generated grants. */
class MoneyRulesTest {

    static final ScheduleParameters RULES = new ScheduleParameters("acte-paiement-2026.1", new BigDecimal("0.30"),
            new BigDecimal("0.80"), new BigDecimal("1000.00"), 24);

    static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    // ------------------------------------------------------------------ examples a regional officer recognises

    @Example
    void the_advance_is_thirty_percent_of_the_award_rounded_down_to_the_cent() {
        assertThat(MoneyRules.advance(eur("30000.00"), RULES)).isEqualByComparingTo("9000.00").hasScaleOf(2);
        assertThat(MoneyRules.advance(eur("15000.01"), RULES)).isEqualTo(eur("4500.00"));
        assertThat(MoneyRules.advance(eur("33333.33"), RULES)).isEqualTo(eur("9999.99"));
    }

    @Example
    void an_instalment_pays_the_rate_of_the_eligible_expenses_less_what_was_paid_within_eighty_percent() {
        // 60 % of 20,000 € realised = 12,000 € earned, 9,000 € already paid as advance.
        assertThat(MoneyRules.instalment(eur("30000.00"), eur("0.6"), eur("20000.00"), eur("9000.00"), RULES))
                .isEqualTo(eur("3000.00"));
        // Earned 30,000 € but the cumulated payments stop at 80 % of the award (24,000 €).
        assertThat(MoneyRules.instalment(eur("30000.00"), eur("0.6"), eur("55000.00"), eur("9000.00"), RULES))
                .isEqualTo(eur("15000.00"));
        // Already at the ceiling: nothing more before the balance.
        assertThat(MoneyRules.instalment(eur("30000.00"), eur("0.6"), eur("55000.00"), eur("24000.00"), RULES))
                .isEqualTo(eur("0.00"));
    }

    @Example
    void the_balance_is_prorated_on_realised_eligible_expenses_lower_than_planned() {
        // Planned 60,000 € at 50 % for 30,000 €; only 48,000 € realised: the grant comes to 24,000 €.
        MoneyRules.Balance balance = MoneyRules.balance(eur("30000.00"), eur("0.5"), eur("48000.00"), eur("9000.00"));
        assertThat(balance.finalAmount()).isEqualTo(eur("24000.00"));
        assertThat(balance.due()).isEqualTo(eur("15000.00"));
        assertThat(balance.recovery()).isEqualTo(eur("0.00"));
        assertThat(balance.prorated()).isTrue();
    }

    @Example
    void realised_expenses_above_the_plan_never_raise_the_grant_above_the_award() {
        MoneyRules.Balance balance = MoneyRules.balance(eur("30000.00"), eur("0.5"), eur("90000.00"), eur("24000.00"));
        assertThat(balance.finalAmount()).isEqualTo(eur("30000.00"));
        assertThat(balance.due()).isEqualTo(eur("6000.00"));
        assertThat(balance.prorated()).isFalse();
    }

    @Example
    void more_paid_than_the_realised_expenses_earn_is_claimed_back() {
        // 24,000 € paid (advance and instalment) but only 30,000 € realised at 50 %: 15,000 € earned.
        MoneyRules.Balance balance = MoneyRules.balance(eur("30000.00"), eur("0.5"), eur("30000.00"), eur("24000.00"));
        assertThat(balance.finalAmount()).isEqualTo(eur("15000.00"));
        assertThat(balance.due()).isEqualTo(eur("0.00"));
        assertThat(balance.recovery()).isEqualTo(eur("9000.00"));
    }

    @Example
    void no_payment_under_the_minimum_except_the_balance() {
        assertThat(MoneyRules.belowMinimum(PaymentKind.INSTALMENT, eur("999.99"), RULES)).isTrue();
        assertThat(MoneyRules.belowMinimum(PaymentKind.ADVANCE, eur("999.99"), RULES)).isTrue();
        assertThat(MoneyRules.belowMinimum(PaymentKind.INSTALMENT, eur("1000.00"), RULES)).isFalse();
        assertThat(MoneyRules.belowMinimum(PaymentKind.BALANCE, eur("0.01"), RULES)).isFalse();
    }

    @Example
    void an_amount_with_fractions_of_a_cent_is_an_error_not_a_rounding() {
        assertThatThrownBy(() -> MoneyRules.euros(eur("100.001"))).isInstanceOf(ArithmeticException.class);
        assertThat(MoneyRules.euros(eur("100.1"))).isEqualTo(eur("100.10"));
    }

    @Example
    void amounts_are_written_the_french_way() {
        assertThat(MoneyRules.french(eur("12345.67"))).isEqualTo("12\u202f345,67 €");
    }

    // ------------------------------------------------------------------ properties over generated grants

    @Property
    void every_amount_is_in_exact_cents_and_never_negative(@ForAll("awards") BigDecimal awarded,
            @ForAll("rates") BigDecimal rate, @ForAll @LongRange(min = 0, max = 20_000_000L) long baseCents,
            @ForAll @LongRange(min = 0, max = 6_000_000L) long paidCents) {
        BigDecimal base = euros(baseCents);
        BigDecimal paid = euros(paidCents).min(awarded);
        List<BigDecimal> amounts = List.of(MoneyRules.advance(awarded, RULES),
                MoneyRules.earned(awarded, rate, base), MoneyRules.instalment(awarded, rate, base, paid, RULES),
                MoneyRules.balance(awarded, rate, base, paid).finalAmount(),
                MoneyRules.balance(awarded, rate, base, paid).due(),
                MoneyRules.balance(awarded, rate, base, paid).recovery());
        assertThat(amounts).allSatisfy(amount -> {
            assertThat(amount.scale()).isEqualTo(2);
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
        });
    }

    @Property
    void proration_is_monotone_in_the_realised_base_and_never_above_the_award(@ForAll("awards") BigDecimal awarded,
            @ForAll("rates") BigDecimal rate, @ForAll @LongRange(min = 0, max = 20_000_000L) long lowerCents,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long extraCents) {
        BigDecimal lower = MoneyRules.earned(awarded, rate, euros(lowerCents));
        BigDecimal higher = MoneyRules.earned(awarded, rate, euros(lowerCents + extraCents));
        assertThat(lower).isLessThanOrEqualTo(higher);
        assertThat(higher).isLessThanOrEqualTo(awarded);
        // Rounded down: never a fraction of a cent more than rate × base.
        assertThat(higher).isLessThanOrEqualTo(rate.multiply(euros(lowerCents + extraCents)));
    }

    @Property
    void the_balance_is_the_earned_grant_less_what_was_paid_and_the_rest_is_recovered(
            @ForAll("awards") BigDecimal awarded, @ForAll("rates") BigDecimal rate,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long baseCents,
            @ForAll @LongRange(min = 0, max = 6_000_000L) long paidCents) {
        BigDecimal base = euros(baseCents);
        BigDecimal paid = euros(paidCents).min(awarded);
        MoneyRules.Balance balance = MoneyRules.balance(awarded, rate, base, paid);
        BigDecimal expected = awarded.min(rate.multiply(base).setScale(2, java.math.RoundingMode.DOWN));

        assertThat(balance.finalAmount()).isEqualTo(expected);
        assertThat(balance.due().subtract(balance.recovery())).isEqualTo(expected.subtract(paid));
        assertThat(balance.due().signum() == 0 || balance.recovery().signum() == 0).isTrue();
        assertThat(paid.add(balance.due()).subtract(balance.recovery())).isEqualTo(balance.finalAmount());
        assertThat(balance.prorated()).isEqualTo(expected.compareTo(awarded) < 0);
    }

    /** A whole life of a grant: advance, instalments on growing statements, then the balance. */
    @Property
    void paid_never_exceeds_the_award_and_instalments_stay_within_the_ceiling(@ForAll("awards") BigDecimal awarded,
            @ForAll("rates") BigDecimal rate, @ForAll boolean withAdvance,
            @ForAll @Size(max = 6) List<@LongRange(min = 0, max = 3_000_000L) Long> statementGrowth,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long finalBaseCents) {
        BigDecimal cap = MoneyRules.instalmentCap(awarded, RULES);
        BigDecimal paid = MoneyRules.ZERO;
        if (withAdvance) {
            paid = paid.add(MoneyRules.advance(awarded, RULES));
        }
        assertThat(paid).isLessThanOrEqualTo(cap);
        long cumulated = 0;
        for (long growth : statementGrowth) {
            cumulated += growth;
            BigDecimal instalment = MoneyRules.instalment(awarded, rate, euros(cumulated), paid, RULES);
            if (!MoneyRules.belowMinimum(PaymentKind.INSTALMENT, instalment, RULES)) {
                paid = paid.add(instalment);
            }
            assertThat(paid).isLessThanOrEqualTo(cap);
        }
        MoneyRules.Balance balance = MoneyRules.balance(awarded, rate, euros(finalBaseCents), paid);
        assertThat(paid.add(balance.due())).isLessThanOrEqualTo(awarded);
        assertThat(paid.add(balance.due()).subtract(balance.recovery())).isLessThanOrEqualTo(awarded);
    }

    @Property
    void only_the_balance_may_be_paid_under_the_minimum(@ForAll @IntRange(min = 0, max = 100_000) int cents) {
        BigDecimal amount = euros(cents);
        assertThat(MoneyRules.belowMinimum(PaymentKind.INSTALMENT, amount, RULES))
                .isEqualTo(amount.compareTo(RULES.minimumPayment) < 0);
        assertThat(MoneyRules.belowMinimum(PaymentKind.BALANCE, amount, RULES)).isFalse();
    }

    /** ACTE awards: 15,000 € to 60,000 €, in cents. */
    @Provide
    Arbitrary<BigDecimal> awards() {
        return Arbitraries.longs().between(1_500_000L, 6_000_000L).map(MoneyRulesTest::euros)
                .edgeCases(edges -> edges.add(euros(1_500_000L)).add(euros(6_000_000L)).add(euros(3_333_333L)));
    }

    /** Rates as the grant stores them: up to six decimals, up to 100 %. */
    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.integers().between(1, 1_000_000).map(n -> BigDecimal.valueOf(n, 6))
                .edgeCases(edges -> edges.add(new BigDecimal("0.5")).add(new BigDecimal("0.6")));
    }
}
