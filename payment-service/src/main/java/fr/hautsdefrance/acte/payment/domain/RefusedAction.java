package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An attempt on a grant refused for a conflict of interest: who, what, when (never updated). */
@Entity
@Table(name = "refused_action")
public class RefusedAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "grant_id", nullable = false, updatable = false)
    public UUID grantId;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    protected RefusedAction() {
    }

    public static RefusedAction of(UUID grantId, String actor, String action, String reason, OffsetDateTime at) {
        RefusedAction refused = new RefusedAction();
        refused.id = UUID.randomUUID();
        refused.grantId = grantId;
        refused.actor = actor;
        refused.action = action;
        refused.reason = reason;
        refused.at = at;
        return refused;
    }
}
