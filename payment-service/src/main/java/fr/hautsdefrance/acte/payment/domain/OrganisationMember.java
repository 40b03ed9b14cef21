package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A current member of a beneficiary organisation, as its latest contacts record lists them
 * ({@link OrganisationContacts}); a member removed from the list loses their row.
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

    /** The address and name the latest list gives. */
    public void listed(String email, String name, OffsetDateTime at) {
        this.email = email;
        this.name = name;
        changedAt = at;
    }

    public GrantMember asGrantMember() {
        return new GrantMember(subject, email, name);
    }
}
