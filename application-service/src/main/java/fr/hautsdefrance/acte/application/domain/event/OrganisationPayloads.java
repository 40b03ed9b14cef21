package fr.hautsdefrance.acte.application.domain.event;

import fr.hautsdefrance.acte.application.domain.organisation.Member;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of the {@code organisation.*} events (docs/asyncapi.yaml): who belongs to an organisation, and
 * its verification. Each is keyed by the organisation.
 */
public final class OrganisationPayloads {

    private OrganisationPayloads() {
    }

    /** The organisation an event concerns. */
    public record OrganisationRef(UUID organisationId, String name, String siren) {

        static OrganisationRef of(Organisation organisation) {
            return new OrganisationRef(organisation.id(), organisation.name(), organisation.siren());
        }
    }

    public record MemberAdded(OrganisationRef organisation, EventPayloads.Contact member, String role,
            OffsetDateTime addedAt) {

        public static final String TYPE = "organisation.member-added";

        public static DomainEvent of(Organisation organisation, Member member) {
            return new DomainEvent(TYPE, organisation.id(), new MemberAdded(OrganisationRef.of(organisation),
                    new EventPayloads.Contact(member.subject, member.email, member.displayName), member.role.name(),
                    member.joinedAt));
        }
    }

    /**
     * Who to tell for the organisation: all its current members (not a change), on the compacted
     * acte.organisation-contacts.v1, with the revision that tells consumers which list is the latest.
     */
    public record ContactsChanged(OrganisationRef organisation, List<EventPayloads.Contact> contacts, long revision,
            OffsetDateTime changedAt) {

        public static final String TYPE = "organisation.contacts-changed";

        public static DomainEvent of(Organisation organisation, OffsetDateTime changedAt) {
            return new DomainEvent(TYPE, organisation.id(), new ContactsChanged(OrganisationRef.of(organisation),
                    organisation.members().stream()
                            .map(m -> new EventPayloads.Contact(m.subject, m.email, m.displayName)).toList(),
                    organisation.contactsRevision(), changedAt));
        }
    }

    public record MemberRemoved(OrganisationRef organisation, String subject, String removedBy,
            OffsetDateTime removedAt) {

        public static final String TYPE = "organisation.member-removed";

        public static DomainEvent of(Organisation organisation, String subject, String removedBy, OffsetDateTime at) {
            return new DomainEvent(TYPE, organisation.id(),
                    new MemberRemoved(OrganisationRef.of(organisation), subject, removedBy, at));
        }
    }

    public record Verified(OrganisationRef organisation, String verifiedBy, OffsetDateTime verifiedAt) {

        public static final String TYPE = "organisation.verified";

        public static DomainEvent of(Organisation organisation) {
            return new DomainEvent(TYPE, organisation.id(), new Verified(OrganisationRef.of(organisation),
                    organisation.verifiedBy(), organisation.verifiedAt()));
        }
    }
}
