package fr.hautsdefrance.acte.eligibility.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.hautsdefrance.acte.eligibility.domain.EligibilityInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** This service's reading of {@code application.submitted}: only what the rules need. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationSubmitted(UUID applicationId, String reference, EligibilityInput.Applicant applicant,
        EligibilityInput.Project project, List<EligibilityInput.ExpenseLine> expenses, BigDecimal requestedAmount) {

    public EligibilityInput toInput() {
        return new EligibilityInput(applicant, project, expenses, requestedAmount);
    }
}
