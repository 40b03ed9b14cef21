package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.EligibilityVerdict;

import java.math.BigDecimal;
import java.util.List;

/** The rules' verdict on a file, as the applicant's eligibility panel shows it. */
public record EligibilityPreview(boolean eligible, String ruleSet, BigDecimal eligibleBase, BigDecimal rate,
        BigDecimal maxGrant, BigDecimal requestedAmount, List<Check> checks) {

    public record Check(String code, String status, String message) {
    }

    static EligibilityPreview of(EligibilityVerdict verdict) {
        return new EligibilityPreview(verdict.eligible(), verdict.ruleSet(), verdict.eligibleBase(), verdict.rate(),
                verdict.maxGrant(), verdict.requestedAmount(),
                verdict.checks().stream().map(c -> new Check(c.code(), c.status(), c.message())).toList());
    }
}
