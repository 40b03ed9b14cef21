package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The ACTE rules. Walking-skeleton version: the amount checks only (range and rate cap on the
 * whole budget); the complete rule set with its versioned parameters replaces it.
 */
public final class RuleEngine {

    public static final String RULE_SET = "acte-2026.1";
    private static final BigDecimal MIN_GRANT = new BigDecimal("15000.00");
    private static final BigDecimal MAX_GRANT = new BigDecimal("60000.00");
    private static final BigDecimal RATE = new BigDecimal("0.5");

    public Verdict assess(EligibilityInput input) {
        BigDecimal base = input.expenses().stream().map(EligibilityInput.ExpenseLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal maxGrant = RATE.multiply(base).min(MAX_GRANT).setScale(2, RoundingMode.DOWN);
        BigDecimal requested = input.requestedAmount().setScale(2, RoundingMode.UNNECESSARY);
        boolean inRange = requested.compareTo(MIN_GRANT) >= 0 && requested.compareTo(MAX_GRANT) <= 0;
        Check range = new Check("AMOUNT_RANGE", inRange ? CheckStatus.PASS : CheckStatus.FAIL,
                inRange ? "Le montant demandé est compris entre 15 000 € et 60 000 €."
                        : "Le montant demandé doit être compris entre 15 000 € et 60 000 €.",
                Map.of("requestedAmount", requested));
        return new Verdict(RULE_SET, base, RATE, maxGrant, requested, List.of(range));
    }
}
