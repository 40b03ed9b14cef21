package fr.hautsdefrance.acte.eligibility.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A stored assessment of a submitted application: the rule-set version, the input it judged and
 * the full trace of checks, so an officer can re-read exactly what was decided and why.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(name = "rule_set", nullable = false, updatable = false)
    public String ruleSet;

    @Column(nullable = false, updatable = false)
    public boolean eligible;

    @Column(name = "eligible_base", nullable = false, updatable = false)
    public BigDecimal eligibleBase;

    @Column(nullable = false, updatable = false)
    public BigDecimal rate;

    @Column(name = "max_grant", nullable = false, updatable = false)
    public BigDecimal maxGrant;

    @Column(name = "requested_amount", nullable = false, updatable = false)
    public BigDecimal requestedAmount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public List<Check> checks;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public EligibilityInput input;

    @Column(name = "assessed_at", nullable = false, updatable = false)
    public OffsetDateTime assessedAt;

    protected Assessment() {
    }

    public static Assessment of(UUID applicationId, EligibilityInput input, Verdict verdict, OffsetDateTime at) {
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.applicationId = applicationId;
        assessment.ruleSet = verdict.ruleSet();
        assessment.eligible = verdict.eligible();
        assessment.eligibleBase = verdict.eligibleBase();
        assessment.rate = verdict.rate();
        assessment.maxGrant = verdict.maxGrant();
        assessment.requestedAmount = verdict.requestedAmount();
        assessment.checks = verdict.checks();
        assessment.input = input;
        assessment.assessedAt = at;
        return assessment;
    }
}
