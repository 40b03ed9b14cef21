package fr.hautsdefrance.acte.application.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The latest eligibility assessment of the file, as eligibility-service reported it. */
@Embeddable
public class EligibilityResult {

    @Column(name = "eligibility_assessment_id")
    public UUID assessmentId;

    @Column(name = "eligibility_eligible")
    public Boolean eligible;

    @Column(name = "eligibility_rule_set")
    public String ruleSet;

    @Column(name = "eligibility_eligible_base")
    public BigDecimal eligibleBase;

    @Column(name = "eligibility_rate")
    public BigDecimal rate;

    @Column(name = "eligibility_max_grant")
    public BigDecimal maxGrant;

    @Column(name = "eligibility_assessed_at")
    public OffsetDateTime assessedAt;

    protected EligibilityResult() {
    }

    public EligibilityResult(UUID assessmentId, boolean eligible, String ruleSet, BigDecimal eligibleBase,
            BigDecimal rate, BigDecimal maxGrant, OffsetDateTime assessedAt) {
        this.assessmentId = assessmentId;
        this.eligible = eligible;
        this.ruleSet = ruleSet;
        this.eligibleBase = eligibleBase;
        this.rate = rate;
        this.maxGrant = maxGrant;
        this.assessedAt = assessedAt;
    }
}
