package fr.hautsdefrance.acte.eligibility.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.hautsdefrance.acte.eligibility.domain.EligibilityInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** This service's reading of {@code application.submitted}: only what the rules need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationSubmitted(UUID applicationId, String reference, CallRef call,
        EligibilityInput.Applicant applicant, EligibilityInput.Project project,
        List<EligibilityInput.ExpenseLine> expenses, BigDecimal requestedAmount) {

    /** The call the file answers and the rule set it applies (absent from events older than this field). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record CallRef(UUID id, String ruleSetVersion) {
    }

    public String ruleSetVersion() {
        return call == null ? null : call.ruleSetVersion();
    }

    public EligibilityInput toInput() {
        return new EligibilityInput(applicant, project, expenses, requestedAmount);
    }
}
