package fr.hautsdefrance.acte.eligibility.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hautsdefrance.acte.eligibility.domain.Assessment;
import fr.hautsdefrance.acte.eligibility.domain.Check;
import fr.hautsdefrance.acte.eligibility.domain.Verdict;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An assessment as the API shows it; stored ones also carry their id, application and date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentView(UUID id, UUID applicationId, boolean eligible, String ruleSet, BigDecimal eligibleBase,
        BigDecimal rate, BigDecimal maxGrant, BigDecimal requestedAmount, List<Check> checks,
        OffsetDateTime assessedAt) {

    static AssessmentView of(Verdict verdict) {
        return new AssessmentView(null, null, verdict.eligible(), verdict.ruleSet(), verdict.eligibleBase(),
                verdict.rate(), verdict.maxGrant(), verdict.requestedAmount(), verdict.checks(), null);
    }

    static AssessmentView of(Assessment assessment) {
        return new AssessmentView(assessment.id, assessment.applicationId, assessment.eligible, assessment.ruleSet,
                assessment.eligibleBase, assessment.rate, assessment.maxGrant, assessment.requestedAmount,
                assessment.checks, assessment.assessedAt);
    }
}
