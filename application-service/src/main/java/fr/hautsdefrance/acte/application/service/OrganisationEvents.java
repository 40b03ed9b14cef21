package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.event.OrganisationPayloads;
import fr.hautsdefrance.acte.messaging.EventType;

/**
 * Who belongs to an organisation: the organisation.* events this service emits (docs/asyncapi.yaml: acte.application.v1, and the members' contacts on acte.organisation-contacts.v1).
 * Their payloads are the domain's ({@link OrganisationPayloads}): {@code Organisation} returns them.
 */
public final class OrganisationEvents {

    public static final EventType MEMBER_ADDED = EventType.of(OrganisationPayloads.MemberAdded.TYPE);
    public static final EventType MEMBER_REMOVED = EventType.of(OrganisationPayloads.MemberRemoved.TYPE);
    public static final EventType VERIFIED = EventType.of(OrganisationPayloads.Verified.TYPE);
    /** The organisation's current members, on the compacted acte.organisation-contacts.v1. */
    public static final EventType CONTACTS_CHANGED = EventType.of(OrganisationPayloads.ContactsChanged.TYPE);
    public static final EventType RENAMED = EventType.of("organisation.renamed");

    private OrganisationEvents() {
    }
}
