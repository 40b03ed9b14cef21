package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Ordre de reversement: more was paid than the realised expenses earn; the difference is claimed
 * back. The officer's review of the balance proposes it; it is issued only once a second person
 * has checked the final amount it follows from (four eyes: the database refuses the same person).
 * One live order per grant.
 */
@Entity
@Table(name = "recovery_order")
public class RecoveryOrder extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "grant_id", nullable = false, updatable = false)
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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecoveryStatus status;

    /** The officer whose review of the final statement fixed the final amount. */
    @Column(name = "proposed_by", nullable = false, updatable = false)
    public String proposedBy;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    public OffsetDateTime proposedAt;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_by_name")
    private String checkedByName;

    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    /** COLLECTED: the day the public accountant received the money; CANCELLED: null. */
    @Column(name = "collected_on")
    private java.time.LocalDate collectedOn;

    @Column(name = "settled_by")
    private String settledBy;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    /** The titre de recette's number (IdPce) in its exercise, and the bordereau it went in; null until sent. */
    @Column(name = "titre_exercise")
    private Integer titreExercise;

    @Column(name = "titre_number")
    private Integer titreNumber;

    @Column(name = "batch_id")
    private UUID batchId;

    @Version
    public long version;

    protected RecoveryOrder() {
    }

    /** Proposed with the review of the balance: nothing is claimed until a second person checks it. */
    public static RecoveryOrder propose(GrantAccount grant, Payment balance, MoneyRules.Balance outcome,
            BigDecimal realisedEligibleBase, String proposedBy, OffsetDateTime now) {
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
                + " sont à reverser à la Région. Le comptable public (paierie régionale) vous adressera un avis des "
                + "sommes à payer : réglez-le par virement en rappelant sa référence.";
        order.status = RecoveryStatus.PROPOSED;
        order.proposedBy = Objects.requireNonNull(proposedBy);
        order.proposedAt = now;
        return order;
    }

    public RecoveryStatus status() {
        return status;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public String checkedByName() {
        return checkedByName;
    }

    public OffsetDateTime checkedAt() {
        return checkedAt;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public java.time.LocalDate collectedOn() {
        return collectedOn;
    }

    public String settledBy() {
        return settledBy;
    }

    public OffsetDateTime settledAt() {
        return settledAt;
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public Integer titreNumber() {
        return titreNumber;
    }

    public Integer titreExercise() {
        return titreExercise;
    }

    public UUID batchId() {
        return batchId;
    }

    /** Put in a bordereau of titres for the public accountant, under its number. */
    public void send(UUID batch, int exercise, int number) {
        requireOwed("l'envoyer au comptable public");
        if (batchId != null) {
            throw new IllegalTransitionException("Le titre de recette de cet ordre de reversement est déjà transmis "
                    + "(n° " + titreNumber + ").");
        }
        batchId = batch;
        titreExercise = exercise;
        titreNumber = number;
    }

    /** The public accountant collected what was owed. */
    public void collect(String by, java.time.LocalDate on, OffsetDateTime now) {
        requireOwed("l'enregistrer comme recouvré");
        collectedOn = Objects.requireNonNull(on);
        settledBy = by;
        settledAt = now;
        status = RecoveryStatus.COLLECTED;
    }

    /** The titre is cancelled (cancelled by a deliberation, a remission, an error): nothing is owed any more. */
    public void cancel(String by, String reason, OffsetDateTime now) {
        requireOwed("l'annuler");
        cancellationReason = Objects.requireNonNull(reason);
        settledBy = by;
        settledAt = now;
        status = RecoveryStatus.CANCELLED;
    }

    private void requireOwed(String action) {
        if (!status.owed()) {
            throw new IllegalTransitionException(new IllegalTransitionException.RecoveryNotOwed(status, action));
        }
    }

    /** A second person confirms the final amount: the recovery is issued. */
    public void issue(String by, String byName, OffsetDateTime now) {
        check(by);
        checkedBy = by;
        checkedByName = byName;
        checkedAt = now;
        status = RecoveryStatus.ISSUED;
    }

    /** The second person does not confirm the final amount: the balance goes back to the officer's review. */
    public void refuse(String by, String byName, String reason, OffsetDateTime now) {
        check(by);
        checkedBy = by;
        checkedByName = byName;
        checkedAt = now;
        refusalReason = reason;
        status = RecoveryStatus.REFUSED;
    }

    private void check(String by) {
        if (status != RecoveryStatus.PROPOSED) {
            throw new IllegalTransitionException(new IllegalTransitionException.RecoveryNotAwaitingCheck(status));
        }
        if (proposedBy.equals(by)) {
            throw new FourEyesException("Vous avez arrêté le montant final de cette subvention : une autre personne "
                    + "doit le contrôler avant que le reversement soit émis (contrôle à quatre yeux).");
        }
    }
}
