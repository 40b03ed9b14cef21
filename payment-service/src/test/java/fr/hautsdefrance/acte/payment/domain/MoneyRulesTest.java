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
import java.math.BigInteger;
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

    /** A voted rate of 50 %: 30,000 € voted on 60,000 € of planned eligible expenses. */
    static final VotedRate HALF = VotedRate.of(eur("30000.00"), eur("60000.00"));

    @Example
    void an_instalment_pays_the_voted_rate_of_the_eligible_expenses_less_what_was_paid_within_eighty_percent() {
        // 50 % of 24,000 € realised = 12,000 € earned, 9,000 € already paid as advance.
        assertThat(MoneyRules.instalment(eur("30000.00"), HALF, eur("24000.00"), eur("9000.00"), RULES))
                .isEqualTo(eur("3000.00"));
        // Earned 27,500 € but the cumulated payments stop at 80 % of the award (24,000 €).
        assertThat(MoneyRules.instalment(eur("30000.00"), HALF, eur("55000.00"), eur("9000.00"), RULES))
                .isEqualTo(eur("15000.00"));
        // Already at the ceiling: nothing more before the balance.
        assertThat(MoneyRules.instalment(eur("30000.00"), HALF, eur("55000.00"), eur("24000.00"), RULES))
                .isEqualTo(eur("0.00"));
    }

    @Example
    void the_balance_is_prorated_at_the_voted_rate_not_at_the_schemes_ceiling_rate() {
        // The agreement: 45,000 € voted on a planned base of 100,000 € (voted rate 45 %, the ceiling was 60 %).
        // 13,500 € advance paid; 48,000 € of realised expenses accepted at the balance.
        VotedRate voted = VotedRate.of(eur("45000.00"), eur("100000.00"));
        MoneyRules.Balance balance = MoneyRules.balance(eur("45000.00"), voted, eur("48000.00"), eur("13500.00"));
        assertThat(balance.finalAmount()).isEqualTo(eur("21600.00"));
        // 8,100 € still due; at the 60 % ceiling it would have been 15,300 €.
        assertThat(balance.due()).isEqualTo(eur("8100.00")).isNotEqualTo(eur("15300.00"));
        assertThat(balance.recovery()).isEqualTo(eur("0.00"));
        assertThat(balance.prorated()).isTrue();
        assertThat(voted.shown()).isEqualByComparingTo("0.45");
    }

    @Example
    void a_voted_rate_that_is_no_finite_decimal_is_applied_exactly_then_floored_once() {
        // 40,000 € on 60,000 €: two thirds. A rate rounded to 0.666667 would give 666.67 € on 1,000 €.
        VotedRate twoThirds = VotedRate.of(eur("40000.00"), eur("60000.00"));
        assertThat(MoneyRules.earned(eur("40000.00"), twoThirds, eur("1000.00"))).isEqualTo(eur("666.66"));
        assertThat(MoneyRules.earned(eur("40000.00"), twoThirds, eur("59999.99"))).isEqualTo(eur("39999.99"));
        assertThat(MoneyRules.earned(eur("40000.00"), twoThirds, eur("60000.00"))).isEqualTo(eur("40000.00"));
        assertThat(twoThirds.shown()).isEqualByComparingTo("0.6666666667");
        assertThat(twoThirds.agreesWith(new BigDecimal("0.666667"))).isTrue();
        assertThat(twoThirds.agreesWith(new BigDecimal("0.5"))).isFalse();
    }

    @Example
    void a_voted_rate_needs_a_positive_planned_base_at_least_the_award() {
        assertThatThrownBy(() -> VotedRate.of(eur("30000.00"), eur("0.00"))).isInstanceOf(PaymentRuleException.class);
        assertThatThrownBy(() -> VotedRate.of(eur("30000.00"), eur("29999.99"))).isInstanceOf(PaymentRuleException.class);
        assertThat(VotedRate.of(eur("30000.00"), eur("30000.00")).shown()).isEqualByComparingTo("1");
    }

    @Example
    void the_balance_is_prorated_on_realised_eligible_expenses_lower_than_planned() {
        // Planned 60,000 € at 50 % for 30,000 €; only 48,000 € realised: the grant comes to 24,000 €.
        MoneyRules.Balance balance = MoneyRules.balance(eur("30000.00"), HALF, eur("48000.00"), eur("9000.00"));
        assertThat(balance.finalAmount()).isEqualTo(eur("24000.00"));
        assertThat(balance.due()).isEqualTo(eur("15000.00"));
        assertThat(balance.recovery()).isEqualTo(eur("0.00"));
        assertThat(balance.prorated()).isTrue();
    }

    @Example
    void realised_expenses_above_the_plan_never_raise_the_grant_above_the_award() {
        MoneyRules.Balance balance = MoneyRules.balance(eur("30000.00"), HALF, eur("90000.00"), eur("24000.00"));
        assertThat(balance.finalAmount()).isEqualTo(eur("30000.00"));
        assertThat(balance.due()).isEqualTo(eur("6000.00"));
        assertThat(balance.prorated()).isFalse();
    }

    @Example
    void more_paid_than_the_realised_expenses_earn_is_claimed_back() {
        // 24,000 € paid (advance and instalment) but only 30,000 € realised at 50 %: 15,000 € earned.
        MoneyRules.Balance balance = MoneyRules.balance(eur("30000.00"), HALF, eur("30000.00"), eur("24000.00"));
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
    void every_amount_is_in_exact_cents_and_never_negative(@ForAll("grants") Grant grant,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long baseCents,
            @ForAll @LongRange(min = 0, max = 6_000_000L) long paidCents) {
        BigDecimal base = euros(baseCents);
        BigDecimal paid = euros(paidCents).min(grant.award());
        List<BigDecimal> amounts = List.of(MoneyRules.advance(grant.award(), RULES),
                MoneyRules.earned(grant.award(), grant.rate(), base),
                MoneyRules.instalment(grant.award(), grant.rate(), base, paid, RULES),
                MoneyRules.balance(grant.award(), grant.rate(), base, paid).finalAmount(),
                MoneyRules.balance(grant.award(), grant.rate(), base, paid).due(),
                MoneyRules.balance(grant.award(), grant.rate(), base, paid).recovery());
        assertThat(amounts).allSatisfy(amount -> {
            assertThat(amount.scale()).isEqualTo(2);
            assertThat(amount.signum()).isGreaterThanOrEqualTo(0);
        });
    }

    /**
     * The agreement's clause, computed here in whole cents with integers only:
     * min(award, award × accepted base ÷ planned base), rounded down to the cent.
     */
    static long clauseInCents(long awardCents, long plannedCents, long acceptedCents) {
        BigInteger prorated = BigInteger.valueOf(awardCents).multiply(BigInteger.valueOf(acceptedCents))
                .divide(BigInteger.valueOf(plannedCents));
        return Math.min(awardCents, prorated.longValueExact());
    }

    @Property
    void the_final_amount_equals_the_agreements_clause_to_the_cent_and_never_exceeds_the_award(
            @ForAll("grants") Grant grant, @ForAll @LongRange(min = 0, max = 100_000_000L) long acceptedCents,
            @ForAll @LongRange(min = 0, max = 6_000_000L) long paidCents) {
        BigDecimal paid = euros(paidCents).min(grant.award());
        MoneyRules.Balance balance = MoneyRules.balance(grant.award(), grant.rate(), euros(acceptedCents), paid);

        long clause = clauseInCents(grant.awardCents(), grant.plannedCents(), acceptedCents);
        assertThat(balance.finalAmount()).isEqualTo(euros(clause));
        assertThat(balance.finalAmount()).isLessThanOrEqualTo(grant.award());
        assertThat(balance.prorated()).isEqualTo(clause < grant.awardCents());
    }

    @Property
    void proration_is_monotone_in_the_realised_base_and_never_above_the_award(@ForAll("grants") Grant grant,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long lowerCents,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long extraCents) {
        BigDecimal lower = MoneyRules.earned(grant.award(), grant.rate(), euros(lowerCents));
        BigDecimal higher = MoneyRules.earned(grant.award(), grant.rate(), euros(lowerCents + extraCents));
        assertThat(lower).isLessThanOrEqualTo(higher);
        assertThat(higher).isLessThanOrEqualTo(grant.award());
        // Rounded down: never a fraction of a cent more than award × base ÷ planned base.
        assertThat(higher.multiply(grant.planned())).isLessThanOrEqualTo(
                grant.award().multiply(euros(lowerCents + extraCents)));
    }

    @Property
    void the_balance_is_the_earned_grant_less_what_was_paid_and_the_rest_is_recovered(@ForAll("grants") Grant grant,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long baseCents,
            @ForAll @LongRange(min = 0, max = 6_000_000L) long paidCents) {
        BigDecimal paid = euros(paidCents).min(grant.award());
        MoneyRules.Balance balance = MoneyRules.balance(grant.award(), grant.rate(), euros(baseCents), paid);
        BigDecimal expected = euros(clauseInCents(grant.awardCents(), grant.plannedCents(), baseCents));

        assertThat(balance.due().subtract(balance.recovery())).isEqualTo(expected.subtract(paid));
        assertThat(balance.due().signum() == 0 || balance.recovery().signum() == 0).isTrue();
        assertThat(paid.add(balance.due()).subtract(balance.recovery())).isEqualTo(balance.finalAmount());
    }

    /** A whole life of a grant: advance, instalments on growing statements, then the balance. */
    @Property
    void paid_never_exceeds_the_award_and_instalments_stay_within_the_ceiling(@ForAll("grants") Grant grant,
            @ForAll boolean withAdvance,
            @ForAll @Size(max = 6) List<@LongRange(min = 0, max = 3_000_000L) Long> statementGrowth,
            @ForAll @LongRange(min = 0, max = 20_000_000L) long finalBaseCents) {
        BigDecimal awarded = grant.award();
        BigDecimal cap = MoneyRules.instalmentCap(awarded, RULES);
        BigDecimal paid = MoneyRules.ZERO;
        if (withAdvance) {
            paid = paid.add(MoneyRules.advance(awarded, RULES));
        }
        assertThat(paid).isLessThanOrEqualTo(cap);
        long cumulated = 0;
        for (long growth : statementGrowth) {
            cumulated += growth;
            BigDecimal instalment = MoneyRules.instalment(awarded, grant.rate(), euros(cumulated), paid, RULES);
            if (!MoneyRules.belowMinimum(PaymentKind.INSTALMENT, instalment, RULES)) {
                paid = paid.add(instalment);
            }
            assertThat(paid).isLessThanOrEqualTo(cap);
        }
        MoneyRules.Balance balance = MoneyRules.balance(awarded, grant.rate(), euros(finalBaseCents), paid);
        assertThat(paid.add(balance.due())).isLessThanOrEqualTo(awarded);
        assertThat(paid.add(balance.due()).subtract(balance.recovery())).isLessThanOrEqualTo(awarded);
    }

    @Property
    void the_rate_an_event_shows_agrees_with_the_exact_fraction(@ForAll("grants") Grant grant) {
        assertThat(grant.rate().agreesWith(grant.rate().shown())).isTrue();
        assertThat(grant.rate().shown()).isLessThanOrEqualTo(BigDecimal.ONE).isPositive();
    }

    @Property
    void only_the_balance_may_be_paid_under_the_minimum(@ForAll @IntRange(min = 0, max = 100_000) int cents) {
        BigDecimal amount = euros(cents);
        assertThat(MoneyRules.belowMinimum(PaymentKind.INSTALMENT, amount, RULES))
                .isEqualTo(amount.compareTo(RULES.minimumPayment) < 0);
        assertThat(MoneyRules.belowMinimum(PaymentKind.BALANCE, amount, RULES)).isFalse();
    }

    /** A grant as voted: its award and the planned eligible base, in cents. */
    record Grant(long awardCents, long plannedCents) {

        BigDecimal award() {
            return euros(awardCents);
        }

        BigDecimal planned() {
            return euros(plannedCents);
        }

        VotedRate rate() {
            return VotedRate.of(award(), planned());
        }
    }

    /**
     * ACTE awards (15,000 € to 60,000 €) on a planned base at least the award: voted rates from
     * 100 % down to a few percent, most of them fractions with no finite decimal form.
     */
    @Provide
    Arbitrary<Grant> grants() {
        Arbitrary<Long> awards = Arbitraries.longs().between(1_500_000L, 6_000_000L)
                .edgeCases(edges -> edges.add(1_500_000L).add(6_000_000L).add(3_333_333L));
        return awards.flatMap(award -> Arbitraries.longs().between(award, award * 40)
                .edgeCases(edges -> edges.add(award).add(award * 2).add(award * 3))
                .map(planned -> new Grant(award, planned)));
    }
}
