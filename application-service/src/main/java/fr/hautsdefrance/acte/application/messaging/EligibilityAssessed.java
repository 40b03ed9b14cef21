package fr.hautsdefrance.acte.application.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's reading of {@code eligibility.assessed}: the summary shown on the file. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityAssessed(UUID assessmentId, UUID applicationId, String ruleSet, boolean eligible,
        BigDecimal eligibleBase, BigDecimal rate, BigDecimal maxGrant, OffsetDateTime assessedAt) {
}
