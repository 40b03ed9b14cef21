package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Approved payments sent to the bank together, as one SEPA credit transfer file (pain.001.001.09). */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The file's MsgId: unique, 35 characters at most. */
    @Column(name = "message_id", nullable = false, unique = true, updatable = false)
    public String messageId;

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

    protected PaymentBatch() {
    }

    public static PaymentBatch of(LocalDate executionDate, int transactions, BigDecimal controlSum, String createdBy,
            OffsetDateTime now) {
        PaymentBatch batch = new PaymentBatch();
        batch.id = UUID.randomUUID();
        batch.messageId = "ACTE" + batch.id.toString().replace("-", "").substring(0, 28).toUpperCase(java.util.Locale.ROOT);
        batch.requestedExecutionDate = executionDate;
        batch.numberOfTransactions = transactions;
        batch.controlSum = MoneyRules.euros(controlSum);
        batch.createdBy = createdBy;
        batch.createdAt = now;
        return batch;
    }
}
