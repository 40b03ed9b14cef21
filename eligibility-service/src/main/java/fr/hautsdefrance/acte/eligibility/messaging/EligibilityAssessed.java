package fr.hautsdefrance.acte.eligibility.messaging;

import fr.hautsdefrance.acte.eligibility.domain.Assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payload of {@code eligibility.assessed}. */
public record EligibilityAssessed(UUID assessmentId, UUID applicationId, String ruleSet, boolean eligible,
        BigDecimal eligibleBase, BigDecimal rate, BigDecimal maxGrant, BigDecimal requestedAmount,
        List<CheckResult> checks, OffsetDateTime assessedAt) {

    public record CheckResult(String code, String status, String message) {
    }

    public static EligibilityAssessed of(Assessment assessment) {
        return new EligibilityAssessed(assessment.id, assessment.applicationId, assessment.ruleSet,
                assessment.eligible, assessment.eligibleBase, assessment.rate, assessment.maxGrant,
                assessment.requestedAmount,
                assessment.checks.stream().map(c -> new CheckResult(c.code(), c.status().name(), c.message())).toList(),
                assessment.assessedAt);
    }
}
