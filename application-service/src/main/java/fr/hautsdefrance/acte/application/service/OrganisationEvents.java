package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.domain.organisation.Member;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.messaging.EventType;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Who belongs to an organisation: the events this service emits on acte.organisation.v1 (docs/asyncapi.yaml). */
public final class OrganisationEvents {

    public static final EventType MEMBER_ADDED = EventType.of("organisation.member-added");
    public static final EventType MEMBER_REMOVED = EventType.of("organisation.member-removed");
    public static final EventType VERIFIED = EventType.of("organisation.verified");
    public static final EventType RENAMED = EventType.of("organisation.renamed");

    private OrganisationEvents() {
    }

    /** The organisation an event concerns. */
    public record OrganisationRef(UUID organisationId, String name, String siren) {

        static OrganisationRef of(Organisation organisation) {
            return new OrganisationRef(organisation.id(), organisation.name(), organisation.siren());
        }
    }

    public record MemberAdded(OrganisationRef organisation, EventPayloads.Contact member, String role,
            OffsetDateTime addedAt) {

        public static MemberAdded of(Organisation organisation, Member member) {
            return new MemberAdded(OrganisationRef.of(organisation),
                    new EventPayloads.Contact(member.subject, member.email, member.displayName), member.role.name(),
                    member.joinedAt);
        }
    }

    public record MemberRemoved(OrganisationRef organisation, String subject, String removedBy, OffsetDateTime removedAt) {

        public static MemberRemoved of(Organisation organisation, String subject, String removedBy, OffsetDateTime at) {
            return new MemberRemoved(OrganisationRef.of(organisation), subject, removedBy, at);
        }
    }

    public record Verified(OrganisationRef organisation, String verifiedBy, OffsetDateTime verifiedAt) {

        public static Verified of(Organisation organisation) {
            return new Verified(OrganisationRef.of(organisation), organisation.verifiedBy(), organisation.verifiedAt());
        }
    }
}
