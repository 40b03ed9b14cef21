package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One payment of a grant (avance, acompte or solde), from its place in the schedule to the bank's
 * answer. Its id is the end-to-end id of the credit transfer. The database holds at most one live
 * (not rejected) payment per grant, kind and sequence, and keeps the grant's payments within its award.
 */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "grant_id", nullable = false, updatable = false)
    public UUID grantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PaymentKind kind;

    /** 1 for the advance and the balance; 1, 2… for the instalments. */
    @Column(nullable = false, updatable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    /** The schedule's forecast. */
    @Column(name = "planned_amount")
    public BigDecimal plannedAmount;

    /** The amount the request would give if every line were accepted as declared. */
    @Column(name = "requested_amount")
    private BigDecimal requestedAmount;

    /** The amount due, fixed when the request is validated; the one paid. */
    @Column(name = "amount")
    private BigDecimal amount;

    @Column(name = "accepted_eligible_base")
    private BigDecimal acceptedEligibleBase;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_by_name")
    private String requestedByName;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "validated_by")
    private String validatedBy;

    @Column(name = "validated_at")
    private OffsetDateTime validatedAt;

    @Column(name = "prepared_by")
    private String preparedBy;

    @Column(name = "prepared_by_name")
    private String preparedByName;

    @Column(name = "prepared_at")
    private OffsetDateTime preparedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_by_name")
    private String approvedByName;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "batch_id")
    private UUID batchId;

    @Column(name = "ordered_at")
    private OffsetDateTime orderedAt;

    /** PES: the mandate's number (IdPce), unique within its exercise; null for SEPA. */
    @Column(name = "mandate_number")
    private Integer mandateNumber;

    @Column(name = "mandate_exercise")
    private Integer mandateExercise;

    /** PES: the public accountant took the mandate in charge (DtePcePec). */
    @Column(name = "taken_in_charge_on")
    private java.time.LocalDate takenInChargeOn;

    @Column(name = "paid_at")
    private OffsetDateTime paidAt;

    @Column(name = "rejected_by")
    private String rejectedBy;

    @Column(name = "rejected_at")
    private OffsetDateTime rejectedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    /** Finance's last return of the liquidation to the officer (the mandate refused before it was prepared). */
    @Column(name = "liquidation_returned_by")
    private String liquidationReturnedBy;

    @Column(name = "liquidation_returned_by_name")
    private String liquidationReturnedByName;

    @Column(name = "liquidation_returned_at")
    private OffsetDateTime liquidationReturnedAt;

    @Column(name = "liquidation_return_reason")
    private String liquidationReturnReason;

    @Embedded
    private Creditor creditor;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "expense_line", joinColumns = @JoinColumn(name = "payment_id"))
    @OrderColumn(name = "position")
    public List<ExpenseLine> lines = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    protected Payment() {
    }

    /** A payment the schedule foresees; nothing is due until it is requested. */
    public static Payment scheduled(UUID grantId, PaymentKind kind, int sequence, BigDecimal plannedAmount,
            OffsetDateTime now) {
        Payment payment = new Payment();
        payment.id = UUID.randomUUID();
        payment.grantId = grantId;
        payment.kind = kind;
        payment.sequence = sequence;
        payment.status = PaymentStatus.SCHEDULED;
        payment.plannedAmount = plannedAmount == null ? null : MoneyRules.euros(plannedAmount);
        payment.createdAt = now;
        return payment;
    }

    /**
     * The same payment again, after the bank refused it for the account it was sent to: liquidated as
     * the refused one was (same amount, accepted expenses, officer), it waits for a validated account
     * and a new mandate, by new maker and checker.
     */
    public Payment reissued(OffsetDateTime now) {
        if (status != PaymentStatus.REJECTED || amount == null || validatedBy == null) {
            throw illegal("le réémettre");
        }
        Payment again = scheduled(grantId, kind, sequence, plannedAmount, now);
        again.requestedBy = requestedBy;
        again.requestedByName = requestedByName;
        again.requestedAt = requestedAt;
        again.requestedAmount = requestedAmount;
        for (ExpenseLine line : lines) {
            again.lines.add(line.copy());
        }
        again.validatedBy = validatedBy;
        again.validatedAt = validatedAt;
        again.acceptedEligibleBase = acceptedEligibleBase;
        again.amount = amount;
        again.status = PaymentStatus.VALIDATED;
        return again;
    }

    // ------------------------------------------------------------------ reading

    public PaymentStatus status() {
        return status;
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public BigDecimal amount() {
        return amount;
    }

    public BigDecimal acceptedEligibleBase() {
        return acceptedEligibleBase;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String requestedByName() {
        return requestedByName;
    }

    public OffsetDateTime requestedAt() {
        return requestedAt;
    }

    public String validatedBy() {
        return validatedBy;
    }

    public OffsetDateTime validatedAt() {
        return validatedAt;
    }

    public String preparedBy() {
        return preparedBy;
    }

    public String preparedByName() {
        return preparedByName;
    }

    public OffsetDateTime preparedAt() {
        return preparedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public String approvedByName() {
        return approvedByName;
    }

    public OffsetDateTime approvedAt() {
        return approvedAt;
    }

    public UUID batchId() {
        return batchId;
    }

    public OffsetDateTime orderedAt() {
        return orderedAt;
    }

    public Integer mandateNumber() {
        return mandateNumber;
    }

    public Integer mandateExercise() {
        return mandateExercise;
    }

    public java.time.LocalDate takenInChargeOn() {
        return takenInChargeOn;
    }

    public OffsetDateTime paidAt() {
        return paidAt;
    }

    public String rejectedBy() {
        return rejectedBy;
    }

    public OffsetDateTime rejectedAt() {
        return rejectedAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public Creditor creditor() {
        return creditor;
    }

    public String liquidationReturnedBy() {
        return liquidationReturnedBy;
    }

    public String liquidationReturnedByName() {
        return liquidationReturnedByName;
    }

    public OffsetDateTime liquidationReturnedAt() {
        return liquidationReturnedAt;
    }

    public String liquidationReturnReason() {
        return liquidationReturnReason;
    }

    /**
     * The copy of the bank details this payment went to is erased with them (docs/retention.md); the
     * amount, the mandate and the dates stay: the accounts need them. True when something was erased.
     */
    public boolean eraseCreditor() {
        if (creditor == null || creditor.iban == null || creditor.erased()) {
            return false;
        }
        creditor.erase();
        return true;
    }

    /** The end-to-end id of the transfer: the payment id in 32 characters (SEPA allows 35). */
    public String endToEndId() {
        return endToEndId(id);
    }

    public static String endToEndId(UUID paymentId) {
        return paymentId.toString().replace("-", "");
    }

    /**
     * The step asked is not allowed in the payment's status: {@code consequence} says what follows, the
     * message bundle names the payment and its status (« L'avance est au statut « rejeté » : … »).
     */
    public IllegalTransitionException refused(String consequence) {
        return new IllegalTransitionException(
                new IllegalTransitionException.PaymentStepRefused(kind, sequence, status, consequence));
    }

    // ------------------------------------------------------------------ transitions

    /** The beneficiary asks for this payment, with its expense statement (none for the advance). */
    public void request(String by, String byName, List<ExpenseLine> statement, BigDecimal provisionalAmount,
            OffsetDateTime now) {
        require(PaymentStatus.SCHEDULED, PaymentStatus.REQUESTED);
        requestedBy = Objects.requireNonNull(by);
        requestedByName = byName;
        requestedAt = now;
        requestedAmount = MoneyRules.euros(provisionalAmount);
        lines.clear();
        lines.addAll(statement);
        status = PaymentStatus.REQUESTED;
    }

    /**
     * Liquidation: the amount due is fixed and the service fait certified — by the officer's line
     * decisions on the expense statement, or (the advance) by the signed agreement itself.
     */
    public void validate(String by, BigDecimal eligibleBase, BigDecimal due, OffsetDateTime now) {
        require(PaymentStatus.REQUESTED, PaymentStatus.VALIDATED);
        if (due.signum() < 0) {
            throw new IllegalArgumentException("negative amount " + due);
        }
        validatedBy = by;
        validatedAt = now;
        acceptedEligibleBase = eligibleBase == null ? null : MoneyRules.euros(eligibleBase);
        amount = MoneyRules.euros(due);
        status = PaymentStatus.VALIDATED;
    }

    /**
     * The second person did not confirm the final amount the review of the balance fixed: the
     * statement goes back to the officer, every line to be decided again.
     */
    public void returnToReview() {
        if (status != PaymentStatus.VALIDATED || kind != PaymentKind.BALANCE || preparedBy != null) {
            throw illegal("renvoyer l'état des dépenses à l'examen");
        }
        reopenLiquidation();
    }

    /**
     * A finance officer finds the liquidation wrong (amount, missing justificatif) and sends it back to
     * the officer instead of preparing the mandate: the request awaits a new liquidation, every line to
     * be decided again; the reason, who and when are kept. Only an instalment's liquidation, and only
     * while no mandate was prepared: the advance is liquidated on the signed agreement (nothing to
     * redo), the balance fixed the final amount and released the rest of the commitment.
     */
    public void returnLiquidation(String by, String byName, String reason, OffsetDateTime now) {
        if (status != PaymentStatus.VALIDATED) {
            throw illegal("renvoyer sa liquidation à l'instructeur");
        }
        if (preparedBy != null) {
            throw new IllegalTransitionException(new IllegalTransitionException.MandatePrepared(kind, sequence,
                    preparedByName == null ? preparedBy : preparedByName));
        }
        if (kind == PaymentKind.ADVANCE) {
            throw new IllegalTransitionException("L'avance est liquidée sur la convention signée, sans état des "
                    + "dépenses : il n'y a pas de liquidation à renvoyer à l'instructeur.");
        }
        if (kind == PaymentKind.BALANCE) {
            throw new IllegalTransitionException("La liquidation du solde a arrêté le montant définitif de la "
                    + "subvention et dégagé le reste de son engagement : elle ne peut plus être renvoyée à "
                    + "l'instructeur. Signalez l'erreur au responsable du service instructeur.");
        }
        Objects.requireNonNull(by);
        if (by.equals(validatedBy)) {
            throw new FourEyesException("Vous avez certifié ce service fait (liquidation) : c'est à une autre personne "
                    + "du service financier de le contrôler et, s'il le faut, de le renvoyer (séparation des tâches).");
        }
        if (reason == null || reason.isBlank()) {
            throw new PaymentRuleException("reason", "Indiquez à l'instructeur pourquoi la liquidation est renvoyée "
                    + "(montant, justificatif manquant…) : il doit savoir quoi corriger.");
        }
        liquidationReturnedBy = by;
        liquidationReturnedByName = byName;
        liquidationReturnedAt = now;
        liquidationReturnReason = reason.strip();
        reopenLiquidation();
    }

    /** Back to the officer: no amount due any more, every line of the statement to be decided again. */
    private void reopenLiquidation() {
        validatedBy = null;
        validatedAt = null;
        acceptedEligibleBase = null;
        amount = null;
        for (ExpenseLine line : lines) {
            line.decision = LineDecision.PENDING;
            line.acceptedAmount = null;
            line.officerComment = null;
        }
        status = PaymentStatus.REQUESTED;
    }

    /**
     * A finance officer prepares the payment order (maker): the validated bank details are copied
     * onto it. Never someone who entered or changed that IBAN on the grant ({@code ibanAuthors}).
     * Preparing again (the bank details changed since) refreshes the account and keeps the maker:
     * only the recorded maker may do it.
     */
    public void prepare(String by, String byName, Creditor account, Collection<String> ibanAuthors,
            OffsetDateTime now) {
        if (status != PaymentStatus.VALIDATED) {
            throw illegal("préparer l'ordre de paiement");
        }
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalTransitionException(new IllegalTransitionException.NothingToPay(kind, sequence));
        }
        Objects.requireNonNull(by);
        refuseTheLiquidator(by);
        if (ibanAuthors.contains(by)) {
            throw new FourEyesException("Vous avez saisi ou modifié les coordonnées bancaires de ce compte (IBAN "
                    + BankIdentifiers.ending(account.iban) + ") : un autre gestionnaire financier doit préparer et "
                    + "approuver les paiements qui y sont versés (contrôle à quatre yeux contre la fraude au RIB).");
        }
        if (preparedBy != null && !preparedBy.equals(by)) {
            throw new IllegalTransitionException(new IllegalTransitionException.OrderPreparedByAnother(kind, sequence,
                    preparedByName == null ? preparedBy : preparedByName));
        }
        if (preparedBy == null) {
            preparedBy = by;
            preparedByName = byName;
        }
        preparedAt = now;
        creditor = Objects.requireNonNull(account);
    }

    /**
     * A second finance officer approves the prepared order (checker): never the one who prepared it,
     * nor someone who entered or changed the IBAN it pays ({@code ibanAuthors}).
     */
    public void approve(String by, String byName, Collection<String> ibanAuthors, OffsetDateTime now) {
        if (status != PaymentStatus.VALIDATED) {
            throw illegal("approuver l'ordre de paiement");
        }
        if (preparedBy == null) {
            throw new IllegalTransitionException(new IllegalTransitionException.OrderNotPrepared(kind, sequence));
        }
        if (preparedBy.equals(by)) {
            throw new FourEyesException("Vous avez préparé cet ordre de paiement : il doit être approuvé par un autre "
                    + "gestionnaire financier (contrôle à quatre yeux).");
        }
        refuseTheLiquidator(by);
        if (ibanAuthors.contains(by)) {
            throw new FourEyesException("Vous avez saisi ou modifié les coordonnées bancaires de ce compte (IBAN "
                    + BankIdentifiers.ending(creditor.iban) + ") : un autre gestionnaire financier doit approuver "
                    + "les paiements qui y sont versés (contrôle à quatre yeux contre la fraude au RIB).");
        }
        approvedBy = by;
        approvedByName = byName;
        approvedAt = now;
        status = PaymentStatus.APPROVED;
    }

    /**
     * The officer who certified the service fait (the liquidation: the review that fixed the amount)
     * never issues the mandate that pays it: neither its maker nor its checker.
     */
    private void refuseTheLiquidator(String by) {
        if (by.equals(validatedBy)) {
            throw new FourEyesException("Vous avez certifié le service fait de ce versement (liquidation) : le mandat "
                    + "doit être préparé et approuvé par d'autres personnes du service financier (séparation des "
                    + "tâches, contrôle à quatre yeux).");
        }
    }

    /** Put in a file sent to whoever pays (a SEPA file for the bank, a bordereau for the accountant). */
    public void order(UUID batch, OffsetDateTime now) {
        require(PaymentStatus.APPROVED, PaymentStatus.ORDERED);
        batchId = batch;
        orderedAt = now;
        status = PaymentStatus.ORDERED;
    }

    /** Put in a bordereau of mandates for the public accountant, under its mandate number (IdPce). */
    public void order(UUID batch, int exercise, int mandate, OffsetDateTime now) {
        order(batch, now);
        mandateExercise = exercise;
        mandateNumber = mandate;
    }

    /** The public accountant took the mandate in charge; hearing it again changes nothing. */
    public void takeInCharge(java.time.LocalDate on) {
        if (status == PaymentStatus.PAID && takenInChargeOn != null) {
            return;
        }
        if (status != PaymentStatus.ORDERED && status != PaymentStatus.PAID) {
            throw illegal("le dire pris en charge par le comptable");
        }
        if (takenInChargeOn == null) {
            takenInChargeOn = on;
        }
    }

    /** The bank reported the transfer as made. */
    public void paid(OffsetDateTime at) {
        require(PaymentStatus.ORDERED, PaymentStatus.PAID);
        paidAt = at;
        status = PaymentStatus.PAID;
    }

    /** A balance with nothing left to pay: settled at 0.00 without a transfer. */
    public void settleWithoutTransfer(OffsetDateTime now) {
        if (status != PaymentStatus.VALIDATED || kind != PaymentKind.BALANCE || amount.signum() != 0) {
            throw illegal("solder sans virement");
        }
        paidAt = now;
        status = PaymentStatus.PAID;
    }

    /** Refused: by the officer, by the rules, by the bank, or because the grant lapsed. */
    public void reject(String by, String reason, OffsetDateTime now) {
        if (status == PaymentStatus.PAID || status == PaymentStatus.REJECTED || status == PaymentStatus.APPROVED) {
            throw illegal("rejeter ce versement");
        }
        rejectedBy = by;
        rejectedAt = now;
        rejectionReason = reason;
        status = PaymentStatus.REJECTED;
    }

    private void require(PaymentStatus from, PaymentStatus to) {
        if (status != from) {
            throw illegal(switch (to) {
                case REQUESTED -> "le demander";
                case VALIDATED -> "le valider";
                case APPROVED -> "l'approuver";
                case ORDERED -> "l'ordonner";
                case PAID -> "l'enregistrer comme payé";
                // no step leads back to SCHEDULED, and rejecting has its own guard
                case SCHEDULED, REJECTED -> throw new IllegalArgumentException("No step leads to " + to);
            });
        }
    }

    private IllegalTransitionException illegal(String action) {
        // The actions are written for « le versement »; l'avance is feminine.
        String said = kind == PaymentKind.ADVANCE ? action.replaceFirst("^le ", "la ").replace("comme payé", "comme payée")
                : action;
        return refused("impossible de " + said);
    }
}
