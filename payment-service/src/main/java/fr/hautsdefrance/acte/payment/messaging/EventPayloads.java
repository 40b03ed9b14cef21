package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.payment.domain.BankIdentifiers;
import fr.hautsdefrance.acte.payment.domain.BudgetImputation;
import fr.hautsdefrance.acte.payment.domain.Commitment;
import fr.hautsdefrance.acte.payment.domain.ExpenseLine;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.LineDecision;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentBatch;
import fr.hautsdefrance.acte.payment.domain.PaymentChannel;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.domain.RecoveryOrder;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import fr.hautsdefrance.acte.payment.domain.Stage;
import fr.hautsdefrance.acte.payment.service.Texts;
import io.quarkus.qute.i18n.MessageBundles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of the {@code payment.*} and {@code grant.*} events (docs/asyncapi.yaml). Each carries
 * the grant it concerns, with its organisation's id: a consumer finds the organisation's members in
 * acte.organisation-contacts.v1, not in every event.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** The grant an event is about; its id is the application's. */
    public record GrantRef(UUID grantId, UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName, String deliberationNumber, BigDecimal awardedAmount) {

        static GrantRef of(GrantAccount grant) {
            return new GrantRef(grant.id, grant.id, grant.reference, grant.title, grant.organisationId,
                    grant.organisationName, grant.deliberationNumber, grant.awardedAmount);
        }
    }

    /** A person to tell: the file's officer (the organisation's members come from its contacts records). */
    public record Contact(String subject, String email, String name) {
    }

    /** The payment an event is about; {@code amount} is the amount due once fixed, else null. */
    public record PaymentRef(UUID paymentId, String endToEndId, PaymentKind kind, int sequence, String label,
            PaymentStatus status, BigDecimal amount) {

        static PaymentRef of(Payment payment) {
            return new PaymentRef(payment.id, payment.endToEndId(), payment.kind, payment.sequence,
                    MessageBundles.get(Texts.class).payment(payment.kind, payment.sequence),
                    payment.status(), payment.amount());
        }
    }

    public record ScheduledPayment(UUID paymentId, PaymentKind kind, int sequence, BigDecimal plannedAmount) {
    }

    /**
     * The schedule is in force: award voted, agreement signed, the advance may be requested.
     * {@code rate} is the scheme's ceiling rate (shown); amounts follow {@code votedRate}, the award
     * divided by {@code plannedEligibleBase} ({@code eligibleBase} carries the same base, as before).
     */
    public record Scheduled(GrantRef grant, String ruleVersion, BigDecimal rate,
            BigDecimal eligibleBase, BigDecimal plannedEligibleBase, BigDecimal votedRate, Stage stage,
            BigDecimal advanceRate, BigDecimal instalmentCeiling, BigDecimal minimumPayment, LocalDate decidedAt,
            OffsetDateTime agreementSignedAt, LocalDate lapseDate, List<ScheduledPayment> payments,
            OffsetDateTime scheduledAt) {

        public static Scheduled of(GrantAccount grant, List<Payment> schedule, OffsetDateTime now) {
            return new Scheduled(GrantRef.of(grant), grant.rules.ruleVersion, grant.ceilingRate,
                    grant.plannedEligibleBase, grant.plannedEligibleBase, grant.votedRate().shown(), grant.stage,
                    grant.rules.advanceRate, grant.rules.instalmentCeiling, grant.rules.minimumPayment,
                    grant.decidedAt, grant.agreementSignedAt(), grant.lapseDate,
                    schedule.stream().map(p -> new ScheduledPayment(p.id, p.kind, p.sequence, p.plannedAmount)).toList(),
                    now);
        }
    }

    /**
     * The beneficiary asked for a payment; {@code requestedAmount} is what the statement would give in
     * full; {@code officer} is who reviews it (the file's officer, when known).
     */
    public record Requested(GrantRef grant, PaymentRef payment, BigDecimal requestedAmount,
            int statementLines, BigDecimal realisedTotal, String requestedBy, String requestedByName,
            OffsetDateTime requestedAt, Contact officer) {

        public static Requested of(GrantAccount grant, Payment payment) {
            BigDecimal realised = payment.lines.stream().map(l -> l.realisedAmount).reduce(BigDecimal.ZERO,
                    BigDecimal::add).setScale(2);
            return new Requested(GrantRef.of(grant), PaymentRef.of(payment),
                    payment.requestedAmount(), payment.lines.size(), realised, payment.requestedBy(),
                    payment.requestedByName(), payment.requestedAt(), officerOf(grant));
        }
    }

    /**
     * Liquidation: the service fait is certified and the amount due fixed — by the officer's review of
     * the expense statement, or for the advance by the signed agreement. The mandate is now finance's.
     */
    public record Liquidated(GrantRef grant, PaymentRef payment, BigDecimal acceptedEligibleBase,
            BigDecimal requestedAmount, String liquidatedBy, OffsetDateTime liquidatedAt) {

        public static Liquidated of(GrantAccount grant, Payment payment) {
            return new Liquidated(GrantRef.of(grant), PaymentRef.of(payment), payment.acceptedEligibleBase(),
                    payment.requestedAmount(), payment.validatedBy(), payment.validatedAt());
        }
    }

    /**
     * Finance sent the liquidation back to the officer instead of preparing the mandate: the request
     * awaits a new liquidation. {@code returnedAmount} and {@code liquidatedBy} are those of the
     * liquidation sent back; {@code officer} is who liquidates again (the file's officer, when known).
     */
    public record LiquidationReturned(GrantRef grant, PaymentRef payment, String reason, BigDecimal returnedAmount,
            String liquidatedBy, String returnedBy, String returnedByName, OffsetDateTime returnedAt,
            Contact officer) {

        public static LiquidationReturned of(GrantAccount grant, Payment payment, BigDecimal returnedAmount,
                String liquidatedBy) {
            return new LiquidationReturned(GrantRef.of(grant), PaymentRef.of(payment),
                    payment.liquidationReturnReason(), returnedAmount, liquidatedBy, payment.liquidationReturnedBy(),
                    payment.liquidationReturnedByName(), payment.liquidationReturnedAt(), officerOf(grant));
        }
    }

    static Contact officerOf(GrantAccount grant) {
        return grant.officerSubject == null ? null
                : new Contact(grant.officerSubject, grant.officerEmail, grant.officerName);
    }

    /** Maker and checker agreed: the payment order will go to the bank with the next file. */
    public record Approved(GrantRef grant, PaymentRef payment, String preparedBy,
            String approvedBy, OffsetDateTime approvedAt, String accountEnding) {

        public static Approved of(GrantAccount grant, Payment payment) {
            return new Approved(GrantRef.of(grant), PaymentRef.of(payment), payment.preparedBy(),
                    payment.approvedBy(), payment.approvedAt(), BankIdentifiers.ending(payment.creditor().iban));
        }
    }

    /**
     * Sent to whoever pays: in a bordereau of mandates for the public accountant (channel PES, with
     * the exercise, bordereau and mandate numbers) or a SEPA credit transfer file for the bank.
     */
    public record Ordered(GrantRef grant, PaymentRef payment, UUID batchId, String messageId,
            LocalDate requestedExecutionDate, OffsetDateTime orderedAt, String accountEnding, PaymentChannel channel,
            Integer exercise, Integer bordereauNumber, Integer mandateNumber) {

        public static Ordered of(GrantAccount grant, Payment payment, PaymentBatch batch) {
            return new Ordered(GrantRef.of(grant), PaymentRef.of(payment), batch.id,
                    batch.messageId, batch.requestedExecutionDate, payment.orderedAt(),
                    BankIdentifiers.ending(payment.creditor().iban), batch.channel, batch.exercise,
                    batch.bordereauNumber, payment.mandateNumber());
        }
    }

    /** The bank made the transfer (or, for a balance with nothing due, it was settled without one). */
    public record Paid(GrantRef grant, PaymentRef payment, OffsetDateTime paidAt,
            boolean withoutTransfer, BigDecimal totalPaid, boolean grantClosed, BigDecimal finalAmount) {

        public static Paid of(GrantAccount grant, Payment payment, boolean withoutTransfer) {
            return new Paid(GrantRef.of(grant), PaymentRef.of(payment), payment.paidAt(),
                    withoutTransfer, grant.paidAmount(), grant.closedAt() != null, grant.finalAmount());
        }
    }

    /** Refused by the officer (with the reasons), by the payment rules or by the bank. */
    public record Rejected(GrantRef grant, PaymentRef payment, String reason, boolean byBank,
            String rejectedBy, OffsetDateTime rejectedAt, List<RejectedLine> rejectedLines) {

        public record RejectedLine(int line, String label, BigDecimal realisedAmount, String comment) {
        }

        public static Rejected of(GrantAccount grant, Payment payment, boolean byBank) {
            List<RejectedLine> lines = new java.util.ArrayList<>();
            for (int i = 0; i < payment.lines.size(); i++) {
                ExpenseLine line = payment.lines.get(i);
                if (line.decision == LineDecision.REJECTED) {
                    lines.add(new RejectedLine(i, line.label, line.realisedAmount, line.officerComment));
                }
            }
            return new Rejected(GrantRef.of(grant), PaymentRef.of(payment),
                    payment.rejectionReason(), byBank, payment.rejectedBy(), payment.rejectedAt(), lines);
        }
    }

    /**
     * More was paid than the realised expenses earn: the difference is claimed back (titre de
     * recette), once a second person has checked the final amount.
     */
    public record RecoveryIssued(GrantRef grant, UUID recoveryId, UUID paymentId,
            BigDecimal amount, BigDecimal finalAmount, BigDecimal paidAmount, BigDecimal realisedEligibleBase,
            String reason, OffsetDateTime issuedAt, String proposedBy, String checkedBy) {

        public static RecoveryIssued of(GrantAccount grant, RecoveryOrder order) {
            return new RecoveryIssued(GrantRef.of(grant), order.id, order.paymentId, order.amount,
                    order.finalAmount, order.paidAmount, order.realisedEligibleBase, order.reason, order.checkedAt(),
                    order.proposedBy, order.checkedBy());
        }
    }

    /** The budget imputation of a commitment (M57). */
    public record Imputation(String budget, String chapter, String nature, String function, String programme,
            String authorisation) {

        static Imputation of(BudgetImputation i) {
            return new Imputation(i.budget, i.chapter, i.nature, i.function, i.programme, i.authorisation);
        }
    }

    /** The award is committed on its call's budget imputation, at the vote. */
    public record Committed(GrantRef grant, String commitmentNumber, int budgetYear, Imputation imputation,
            boolean defaultImputation, BigDecimal amount, LocalDate decidedAt, OffsetDateTime committedAt) {

        public static Committed of(GrantAccount grant, Commitment c) {
            return new Committed(GrantRef.of(grant), c.number, c.budgetYear, Imputation.of(c.imputation),
                    c.defaultImputation, c.amount, grant.decidedAt, c.committedAt);
        }
    }

    /** Dégagement: what will never be paid is released from the commitment, which is closed. */
    public record CommitmentReleased(GrantRef grant, String commitmentNumber, Imputation imputation,
            BigDecimal amount, BigDecimal releasedAmount, BigDecimal remainingAmount, String reason,
            OffsetDateTime releasedAt) {

        public static CommitmentReleased of(GrantAccount grant, Commitment c, BigDecimal released) {
            return new CommitmentReleased(GrantRef.of(grant), c.number, Imputation.of(c.imputation), c.amount,
                    released, c.remainingAmount(), c.releaseReason(), c.releasedAt());
        }
    }

    /**
     * The recovery is settled — collected by the public accountant, or cancelled — and the grant with
     * it: {@code grantClosed} is true, {@code payment} is the balance the recovery came from.
     */
    public record RecoverySettled(GrantRef grant, UUID recoveryId, PaymentRef payment,
            RecoveryStatus outcome, BigDecimal amount, LocalDate collectedOn, String cancellationReason,
            BigDecimal totalPaid, BigDecimal finalAmount, boolean grantClosed, OffsetDateTime settledAt) {

        public static RecoverySettled of(GrantAccount grant, RecoveryOrder order, Payment balance) {
            return new RecoverySettled(GrantRef.of(grant), order.id, PaymentRef.of(balance),
                    order.status(), order.amount, order.collectedOn(), order.cancellationReason(), grant.paidAmount(),
                    grant.finalAmount(), grant.closedAt() != null, order.settledAt());
        }
    }

    /** No payment was requested yet and the grant will lapse on {@code lapseDate}. */
    public record LapseWarning(GrantRef grant, LocalDate lapseDate, int daysLeft,
            int warningDays, LocalDate decidedAt, OffsetDateTime warnedAt) {

        public static LapseWarning of(GrantAccount grant, int daysLeft, int warningDays, OffsetDateTime now) {
            return new LapseWarning(GrantRef.of(grant), grant.lapseDate, daysLeft, warningDays,
                    grant.decidedAt, now);
        }
    }

    /** Caducité: no payment was requested within the validity period; nothing will be paid. */
    public record Lapsed(GrantRef grant, LocalDate lapseDate, LocalDate decidedAt,
            OffsetDateTime lapsedAt) {

        public static Lapsed of(GrantAccount grant) {
            return new Lapsed(GrantRef.of(grant), grant.lapseDate, grant.decidedAt,
                    grant.lapsedAt());
        }
    }
}
