package fr.hautsdefrance.acte.payment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * How far this service follows an organisation's contacts (acte.organisation-contacts.v1): the revision
 * of the last list applied. Its members are {@link OrganisationMember} rows; an organisation without
 * this row has not been heard of yet.
 */
@Entity
@Table(name = "organisation_contacts")
public class OrganisationContacts extends PanacheEntityBase {

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    private long revision;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected OrganisationContacts() {
    }

    public static OrganisationContacts of(UUID organisationId) {
        OrganisationContacts contacts = new OrganisationContacts();
        contacts.organisationId = organisationId;
        contacts.revision = Long.MIN_VALUE;
        return contacts;
    }

    /** Moves to {@code revision}; false (apply nothing) when it is not above the one held. */
    public boolean advanceTo(long revision, OffsetDateTime changedAt) {
        if (revision <= this.revision) {
            return false;
        }
        this.revision = revision;
        this.changedAt = changedAt;
        return true;
    }

    public long revision() {
        return revision;
    }
}
