package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An agreement signature received before the award it belongs to: applied when the award arrives. */
@Entity
@Table(name = "pending_agreement")
public class PendingAgreement extends PanacheEntityBase {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "signed_at", nullable = false)
    public OffsetDateTime signedAt;

    @Column(name = "signed_by", nullable = false)
    public String signedBy;

    @Column(name = "signer_name")
    public String signerName;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    protected PendingAgreement() {
    }

    public static PendingAgreement of(UUID applicationId, OffsetDateTime signedAt, String signedBy, String signerName,
            OffsetDateTime now) {
        PendingAgreement pending = new PendingAgreement();
        pending.applicationId = applicationId;
        pending.signedAt = signedAt;
        pending.signedBy = signedBy;
        pending.signerName = signerName;
        pending.receivedAt = now;
        return pending;
    }
}
