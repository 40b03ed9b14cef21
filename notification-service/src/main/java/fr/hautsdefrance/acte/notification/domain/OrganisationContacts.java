package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An applicant organisation's current members, as application-service last published them
 * (acte.organisation-contacts.v1): the people told about its files and grants. Each record carries the
 * whole list and a revision; only a record above the revision held changes anything, so a replayed or
 * re-driven older record never brings a removed member back.
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

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organisation_contact", joinColumns = @JoinColumn(name = "organisation_id"))
    private List<OrganisationContact> members = new ArrayList<>();

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

    /**
     * Takes {@code members} as the whole list at {@code revision}; false (nothing changed) when the
     * revision is not above the one held. A person listed twice is kept once, with the last details.
     */
    public boolean replace(long revision, List<OrganisationContact> members, OffsetDateTime changedAt,
            OffsetDateTime now) {
        if (revision <= this.revision) {
            return false;
        }
        Map<String, OrganisationContact> bySubject = new LinkedHashMap<>();
        members.forEach(member -> bySubject.put(member.subject(), member));
        this.members.clear();
        this.members.addAll(bySubject.values());
        this.revision = revision;
        this.changedAt = changedAt;
        this.updatedAt = now;
        return true;
    }

    public long revision() {
        return revision;
    }

    public List<OrganisationContact> members() {
        return List.copyOf(members);
    }
}
