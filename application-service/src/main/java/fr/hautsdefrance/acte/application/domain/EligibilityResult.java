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

    /** Rural as the rules found it: INSEE's density grid for the main commune, or the Region's correction. */
    @Column(name = "eligibility_rural")
    public Boolean rural;

    @Column(name = "eligibility_density_level")
    public Integer densityLevel;

    @Column(name = "eligibility_density_label")
    public String densityLabel;

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

    /** The same, with the territory the rules qualified. */
    public EligibilityResult withTerritory(Boolean rural, Integer densityLevel, String densityLabel) {
        this.rural = rural;
        this.densityLevel = densityLevel;
        this.densityLabel = densityLabel;
        return this;
    }
}
