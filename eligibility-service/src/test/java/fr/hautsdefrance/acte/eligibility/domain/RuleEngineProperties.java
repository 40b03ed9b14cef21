package fr.hautsdefrance.acte.eligibility.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEngineProperties {

    private static final BigDecimal CAP = new BigDecimal("60000.00");

    @Property
    void the_maximum_grant_never_exceeds_60_000_nor_the_rate_of_the_eligible_base(@ForAll("projects") Rules.Input input) {
        Verdict verdict = input.assess();

        assertThat(verdict.maxGrant()).isLessThanOrEqualTo(CAP);
        assertThat(verdict.maxGrant()).isLessThanOrEqualTo(verdict.rate().multiply(verdict.eligibleBase()));
        assertThat(verdict.maxGrant().scale()).isEqualTo(2);
    }

    @Property
    void adding_an_ineligible_expense_line_never_changes_the_maximum_grant(@ForAll("projects") Rules.Input input,
            @ForAll("amounts") BigDecimal amount) {
        BigDecimal before = input.assess().maxGrant();

        input.plusExpense(ExpenseCategory.INVESTMENT, amount.toPlainString());
        input.plusExpense(ExpenseCategory.OTHER, amount.toPlainString());

        assertThat(input.assess().maxGrant()).isEqualTo(before);
    }

    /** Below the 15 000 € minimum a higher request can of course pass AMOUNT_RANGE; from there on, never. */
    @Property
    void raising_a_request_from_the_minimum_up_never_turns_a_fail_into_a_pass(@ForAll("projects") Rules.Input input,
            @ForAll("amounts") BigDecimal raise) {
        Verdict lower = input.assess();
        Verdict higher = input.requesting(input.requested.add(raise).toPlainString()).assess();

        for (Check check : lower.checks()) {
            if (check.failed()) {
                assertThat(Rules.status(higher, check.code())).as(check.code()).isEqualTo(CheckStatus.FAIL);
            }
        }
        if (!lower.eligible()) {
            assertThat(higher.eligible()).isFalse();
        }
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("500000.00")).ofScale(2);
    }

    @Provide
    Arbitrary<Rules.Input> projects() {
        Arbitrary<List<EligibilityInput.ExpenseLine>> expenses = Combinators.combine(
                        Arbitraries.of(ExpenseCategory.class), amounts())
                .as((category, amount) -> new EligibilityInput.ExpenseLine(category, "ligne", amount))
                .list().ofMinSize(0).ofMaxSize(12);
        Arbitrary<BigDecimal> requests = Arbitraries.bigDecimals()
                .between(new BigDecimal("15000.00"), new BigDecimal("90000.00")).ofScale(2);
        return Combinators.combine(Arbitraries.of(Stage.class), expenses, requests, Arbitraries.of(true, false),
                        Arbitraries.of(true, false), amounts())
                .as((stage, lines, request, rural, qpv, deMinimis) -> {
                    Rules.Input input = Rules.association().stage(stage).requesting(request.toPlainString())
                            .deMinimisReceived(deMinimis.toPlainString());
                    input.expenses = new java.util.ArrayList<>(lines);
                    input.rural = rural;
                    input.qpv = qpv;
                    return input;
                });
    }
}
