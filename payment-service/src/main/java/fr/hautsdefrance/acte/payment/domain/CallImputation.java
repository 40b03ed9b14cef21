package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The budget imputation finance set for one call (appel à projets): the awards of that call are
 * committed on it. A call without one is committed on the deployment's default imputation.
 */
@Entity
@Table(name = "call_imputation")
public class CallImputation extends PanacheEntityBase {

    @Id
    @Column(name = "call_id")
    public UUID callId;

    @Embedded
    public BudgetImputation imputation;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    protected CallImputation() {
    }

    public static CallImputation of(UUID callId, BudgetImputation imputation, String by, OffsetDateTime now) {
        CallImputation call = new CallImputation();
        call.callId = callId;
        call.change(imputation, by, now);
        return call;
    }

    /** Applies to the awards voted from now on; commitments already made keep their imputation. */
    public void change(BudgetImputation newImputation, String by, OffsetDateTime now) {
        imputation = newImputation;
        updatedBy = by;
        updatedAt = now;
    }
}
