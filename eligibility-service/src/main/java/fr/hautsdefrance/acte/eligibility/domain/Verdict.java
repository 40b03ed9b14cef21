package fr.hautsdefrance.acte.eligibility.domain;

import java.math.BigDecimal;
import java.util.List;

/** The outcome of the rules: eligible exactly when no check failed; the maximum grant is always given. */
public record Verdict(String ruleSet, BigDecimal eligibleBase, BigDecimal rate, BigDecimal maxGrant,
        BigDecimal requestedAmount, List<Check> checks) {

    public Verdict {
        checks = List.copyOf(checks);
    }

    public boolean eligible() {
        return checks.stream().noneMatch(Check::failed);
    }
}
