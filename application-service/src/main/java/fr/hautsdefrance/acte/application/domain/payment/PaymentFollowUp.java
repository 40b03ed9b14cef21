package fr.hautsdefrance.acte.application.domain.payment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One payment of a file's grant (avance, acompte, solde) as payment-service last reported it. The
 * payments are payment-service's; this copy only lets the file show where they stand.
 */
@Entity
@Table(name = "payment_follow_up")
public class PaymentFollowUp extends PanacheEntityBase {

    /** payment-service's status of a payment the bank or the public accountant has made. */
    public static final String PAID = "PAID";

    @Id
    @Column(name = "payment_id")
    public UUID paymentId;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    /** ADVANCE, INSTALMENT or BALANCE, as payment-service names them. */
    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public int sequence;

    /** In French, e.g. "acompte n° 2". */
    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    private String status;

    private BigDecimal amount;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    public long version;

    protected PaymentFollowUp() {
    }

    /** The first report of a payment. */
    public static PaymentFollowUp first(UUID paymentId, UUID applicationId, String kind, int sequence, String label,
            String status, BigDecimal amount, OffsetDateTime at) {
        PaymentFollowUp payment = new PaymentFollowUp();
        payment.paymentId = paymentId;
        payment.applicationId = applicationId;
        payment.kind = kind;
        payment.sequence = sequence;
        payment.report(status, amount, label, at);
        return payment;
    }

    public String status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    /**
     * The state payment-service reported at {@code at}. Events of one grant arrive in order; a report
     * older than the one kept (a replay) changes nothing.
     */
    public void report(String reportedStatus, BigDecimal reportedAmount, String reportedLabel, OffsetDateTime at) {
        if (updatedAt != null && at.isBefore(updatedAt)) {
            return;
        }
        status = reportedStatus;
        if (reportedAmount != null) {
            amount = reportedAmount;
        }
        label = reportedLabel;
        updatedAt = at;
    }
}
