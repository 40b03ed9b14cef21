package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The commitment (engagement juridique et comptable) of an award on its call's budget imputation,
 * made at the vote with a commitment number. What will never be paid is released (dégagement):
 * everything when the grant lapses, the award less the final amount when the balance fixes it.
 */
@Entity
@Table(name = "commitment")
public class Commitment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "grant_id", nullable = false, unique = true, updatable = false)
    public UUID grantId;

    /** ENG-2026-000042: unique, given at the vote. */
    @Column(nullable = false, unique = true, updatable = false)
    public String number;

    /** The budget year the award is committed in (the vote's). */
    @Column(name = "budget_year", nullable = false, updatable = false)
    public int budgetYear;

    @Embedded
    public BudgetImputation imputation;

    /** True when the call had no imputation of its own and the deployment's default was used. */
    @Column(name = "default_imputation", nullable = false, updatable = false)
    public boolean defaultImputation;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(name = "released_amount", nullable = false)
    private BigDecimal releasedAmount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    @Column(name = "release_reason")
    private String releaseReason;

    @Column(name = "committed_at", nullable = false, updatable = false)
    public OffsetDateTime committedAt;

    @Column(name = "released_at")
    private OffsetDateTime releasedAt;

    @Version
    public long version;

    protected Commitment() {
    }

    public static Commitment of(GrantAccount grant, String number, BudgetImputation imputation,
            boolean defaultImputation, OffsetDateTime now) {
        Commitment commitment = new Commitment();
        commitment.id = UUID.randomUUID();
        commitment.grantId = grant.id;
        commitment.number = number;
        commitment.budgetYear = grant.decidedAt.getYear();
        commitment.imputation = imputation.copy();
        commitment.defaultImputation = defaultImputation;
        commitment.amount = grant.awardedAmount;
        commitment.releasedAmount = MoneyRules.ZERO;
        commitment.status = CommitmentStatus.OPEN;
        commitment.committedAt = now;
        return commitment;
    }

    public BigDecimal releasedAmount() {
        return releasedAmount;
    }

    /** What stays committed: the award less what was released. */
    public BigDecimal remainingAmount() {
        return amount.subtract(releasedAmount);
    }

    public CommitmentStatus status() {
        return status;
    }

    public String releaseReason() {
        return releaseReason;
    }

    public OffsetDateTime releasedAt() {
        return releasedAt;
    }

    /**
     * The commitment is brought down to what the grant will ever cost ({@code finalAmount}: the
     * final amount, or nothing when the grant lapsed); the difference is released and the
     * commitment closed. Returns the amount released (possibly 0).
     */
    public BigDecimal reduceTo(BigDecimal finalAmount, String reason, OffsetDateTime now) {
        if (status != CommitmentStatus.OPEN) {
            throw new IllegalTransitionException("L'engagement " + number + " est déjà soldé.");
        }
        BigDecimal kept = MoneyRules.euros(finalAmount);
        if (kept.signum() < 0 || kept.compareTo(amount) > 0) {
            throw new PaymentRuleException("finalAmount", "le montant définitif " + MoneyRules.french(kept)
                    + " sort de l'engagement " + number + " (" + MoneyRules.french(amount) + ")");
        }
        releasedAmount = amount.subtract(kept);
        releaseReason = reason;
        releasedAt = now;
        status = CommitmentStatus.CLOSED;
        return releasedAmount;
    }
}
