package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A person's membership of a beneficiary organisation as application-service last reported it.
 * Changes apply in the order they happened, not the order they arrive: an addition older than the
 * last change recorded (a removal, say) changes nothing.
 */
@Entity
@Table(name = "organisation_member")
public class OrganisationMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false, updatable = false)
    public String subject;

    public String email;

    public String name;

    @Column(name = "removed_at")
    private OffsetDateTime removedAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected OrganisationMember() {
    }

    public static OrganisationMember of(UUID organisationId, String subject) {
        OrganisationMember member = new OrganisationMember();
        member.id = UUID.randomUUID();
        member.organisationId = organisationId;
        member.subject = subject;
        return member;
    }

    /** Records the person as a member from {@code at}; false when a later change is already known. */
    public boolean added(String email, String name, OffsetDateTime at) {
        if (changedAt != null && changedAt.isAfter(at)) {
            return false;
        }
        this.email = email;
        this.name = name;
        removedAt = null;
        changedAt = at;
        return true;
    }

    /** Records the person as removed at {@code at}; false when a later change is already known. */
    public boolean removed(OffsetDateTime at) {
        if (changedAt != null && changedAt.isAfter(at)) {
            return false;
        }
        removedAt = at;
        changedAt = at;
        return true;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public GrantMember asGrantMember() {
        return new GrantMember(subject, email, name);
    }
}
