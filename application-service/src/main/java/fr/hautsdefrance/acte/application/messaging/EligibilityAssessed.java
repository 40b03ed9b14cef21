package fr.hautsdefrance.acte.application.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.hautsdefrance.acte.application.domain.EligibilityFailure;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** This service's reading of {@code eligibility.assessed}: the summary shown on the file. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityAssessed(UUID assessmentId, UUID applicationId, String ruleSet, boolean eligible,
        BigDecimal eligibleBase, BigDecimal rate, BigDecimal maxGrant, List<CheckResult> checks,
        OffsetDateTime assessedAt, Territory territory) {

    /** How the rules qualified the territory (absent from older events). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Territory(boolean rural, boolean ruralCorrected, boolean qpv, Integer densityLevel,
            String densityLabel) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CheckResult(String code, String status, String message) {
    }

    /** The checks that failed, as the file keeps them. */
    public List<EligibilityFailure> failures() {
        return checks == null ? List.of() : checks.stream().filter(c -> "FAIL".equals(c.status()))
                .map(c -> new EligibilityFailure(c.code(), c.message())).toList();
    }
}
