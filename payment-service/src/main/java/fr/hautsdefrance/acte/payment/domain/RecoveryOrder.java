package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Ordre de reversement: more was paid than the realised expenses earn; the difference is claimed
 * back (one per grant, issued with the balance).
 */
@Entity
@Table(name = "recovery_order")
public class RecoveryOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "grant_id", nullable = false, unique = true, updatable = false)
    public UUID grantId;

    @Column(name = "payment_id", nullable = false, updatable = false)
    public UUID paymentId;

    @Column(nullable = false, updatable = false)
    public BigDecimal amount;

    @Column(name = "final_amount", nullable = false, updatable = false)
    public BigDecimal finalAmount;

    @Column(name = "paid_amount", nullable = false, updatable = false)
    public BigDecimal paidAmount;

    @Column(name = "realised_eligible_base", nullable = false, updatable = false)
    public BigDecimal realisedEligibleBase;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "issued_by", nullable = false, updatable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false, updatable = false)
    public OffsetDateTime issuedAt;

    protected RecoveryOrder() {
    }

    public static RecoveryOrder issue(GrantAccount grant, Payment balance, MoneyRules.Balance outcome,
            BigDecimal realisedEligibleBase, String issuedBy, OffsetDateTime now) {
        if (outcome.recovery().signum() <= 0) {
            throw new IllegalArgumentException("nothing to recover");
        }
        RecoveryOrder order = new RecoveryOrder();
        order.id = UUID.randomUUID();
        order.grantId = grant.id;
        order.paymentId = balance.id;
        order.amount = outcome.recovery();
        order.finalAmount = outcome.finalAmount();
        order.paidAmount = grant.paidAmount();
        order.realisedEligibleBase = MoneyRules.euros(realisedEligibleBase);
        order.reason = "Les dépenses éligibles réalisées (" + MoneyRules.french(order.realisedEligibleBase)
                + ") ne justifient qu'une subvention de " + MoneyRules.french(order.finalAmount) + " ; "
                + MoneyRules.french(order.paidAmount) + " ont déjà été versés : " + MoneyRules.french(order.amount)
                + " sont à reverser à la Région.";
        order.issuedBy = issuedBy;
        order.issuedAt = now;
        return order;
    }
}
