package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.util.List;

/** eligibility-service's answer, as far as this service reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EligibilityVerdict(boolean eligible, String ruleSet, BigDecimal eligibleBase, BigDecimal rate,
        BigDecimal maxGrant, BigDecimal requestedAmount, List<Check> checks) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Check(String code, String status, String message) {

        public boolean failed() {
            return "FAIL".equals(status);
        }
    }
}
