package fr.hautsdefrance.acte.eligibility.messaging;

import fr.hautsdefrance.acte.eligibility.domain.Assessment;
import fr.hautsdefrance.acte.eligibility.domain.Check;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payload of {@code eligibility.assessed}. */
public record EligibilityAssessed(UUID assessmentId, UUID applicationId, String ruleSet, boolean eligible,
        BigDecimal eligibleBase, BigDecimal rate, BigDecimal maxGrant, BigDecimal requestedAmount,
        List<CheckResult> checks, OffsetDateTime assessedAt, TerritoryQualification territory) {

    /** Why the rate is what it is: rural from the density grid (or corrected), a priority neighbourhood. */
    public record TerritoryQualification(boolean rural, boolean ruralCorrected, boolean qpv, Integer densityLevel,
            String densityLabel) {

        static TerritoryQualification of(List<Check> checks) {
            return checks.stream().filter(c -> c.code().equals("TERRITORY_RATE")).findFirst()
                    .map(c -> new TerritoryQualification(Boolean.TRUE.equals(c.details().get("rural")),
                            Boolean.TRUE.equals(c.details().get("ruralCorrected")),
                            Boolean.TRUE.equals(c.details().get("qpv")),
                            c.details().get("densityLevel") instanceof Number n ? n.intValue() : null,
                            (String) c.details().get("densityLabel")))
                    .orElse(null);
        }
    }

    public record CheckResult(String code, String status, String message) {
    }

    public static EligibilityAssessed of(Assessment assessment) {
        return new EligibilityAssessed(assessment.id, assessment.applicationId, assessment.ruleSet,
                assessment.eligible, assessment.eligibleBase, assessment.rate, assessment.maxGrant,
                assessment.requestedAmount,
                assessment.checks.stream().map(c -> new CheckResult(c.code(), c.status().name(), c.message())).toList(),
                assessment.assessedAt, TerritoryQualification.of(assessment.checks));
    }
}
