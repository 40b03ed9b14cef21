package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.UUID;

/**
 * Approved payments sent together: a bordereau of mandates for the public accountant (a PES V2
 * file, channel PES) or a SEPA credit transfer file for the bank (pain.001.001.09, channel SEPA).
 */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PaymentChannel channel;

    /** The file's name: the SEPA MsgId, or the PES NomFic. Unique, 35 characters at most. */
    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    public String messageId;

    /** PES: the budget year (Exer) of the bordereau; null for SEPA. */
    @Column(updatable = false)
    public Integer exercise;

    /** PES: IdBord, unique and sequential within the exercise; null for SEPA. */
    @Column(name = "bordereau_number", updatable = false)
    public Integer bordereauNumber;

    @Column(name = "requested_execution_date", nullable = false, updatable = false)
    public LocalDate requestedExecutionDate;

    @Column(name = "number_of_transactions", nullable = false, updatable = false)
    public int numberOfTransactions;

    @Column(name = "control_sum", nullable = false, updatable = false)
    public BigDecimal controlSum;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** PES: the accountant's system acknowledged the file (PES_Acquit). */
    @Column(name = "acknowledged_at")
    private OffsetDateTime acknowledgedAt;

    /** PES: the accountant's system refused the whole file (PES_NonAcquit), with its reason. */
    @Column(name = "refused_at")
    private OffsetDateTime refusedAt;

    @Column(name = "refusal_reason")
    private String refusalReason;

    protected PaymentBatch() {
    }

    /** A SEPA credit transfer file. */
    public static PaymentBatch of(LocalDate executionDate, int transactions, BigDecimal controlSum, String createdBy,
            OffsetDateTime now) {
        PaymentBatch batch = new PaymentBatch();
        batch.id = UUID.randomUUID();
        batch.channel = PaymentChannel.SEPA;
        batch.messageId = "ACTE" + batch.id.toString().replace("-", "").substring(0, 28).toUpperCase(Locale.ROOT);
        batch.requestedExecutionDate = executionDate;
        batch.numberOfTransactions = transactions;
        batch.controlSum = MoneyRules.euros(controlSum);
        batch.createdBy = createdBy;
        batch.createdAt = now;
        return batch;
    }

    /** A bordereau of mandates for the public accountant, numbered within its exercise. */
    public static PaymentBatch bordereau(int exercise, int number, LocalDate issuedOn, int mandates,
            BigDecimal amount, String createdBy, OffsetDateTime now) {
        if (number < 1 || number > 9_999_999) {
            throw new IllegalArgumentException("bordereau number out of range: " + number);
        }
        PaymentBatch batch = of(issuedOn, mandates, amount, createdBy, now);
        batch.channel = PaymentChannel.PES;
        batch.exercise = exercise;
        batch.bordereauNumber = number;
        batch.messageId = "ACTE-PESDEP-" + exercise + "-" + String.format("%07d", number);
        return batch;
    }

    public OffsetDateTime acknowledgedAt() {
        return acknowledgedAt;
    }

    public OffsetDateTime refusedAt() {
        return refusedAt;
    }

    public String refusalReason() {
        return refusalReason;
    }

    /** The accountant's system received the file; receiving the acquit again changes nothing. */
    public void acknowledge(OffsetDateTime now) {
        requirePes();
        if (refusedAt != null) {
            throw new IllegalTransitionException("Le fichier " + messageId + " a été refusé par le comptable : il ne "
                    + "peut plus être acquitté.");
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    /** The accountant's system refused the whole file: none of its mandates will be paid. */
    public boolean refuse(String reason, OffsetDateTime now) {
        requirePes();
        if (refusedAt != null) {
            return false;
        }
        refusedAt = now;
        refusalReason = reason;
        return true;
    }

    private void requirePes() {
        if (channel != PaymentChannel.PES) {
            throw new IllegalTransitionException("Le fichier " + messageId + " est un fichier de virements SEPA : "
                    + "seule la banque y répond, par son relevé.");
        }
    }
}
