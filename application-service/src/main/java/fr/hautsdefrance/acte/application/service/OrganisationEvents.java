package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.event.OrganisationPayloads;
import fr.hautsdefrance.acte.messaging.EventType;

/**
 * Who belongs to an organisation: the events this service emits on acte.organisation.v1 (docs/asyncapi.yaml).
 * Their payloads are the domain's ({@link OrganisationPayloads}): {@code Organisation} returns them.
 */
public final class OrganisationEvents {

    public static final EventType MEMBER_ADDED = EventType.of(OrganisationPayloads.MemberAdded.TYPE);
    public static final EventType MEMBER_REMOVED = EventType.of(OrganisationPayloads.MemberRemoved.TYPE);
    public static final EventType VERIFIED = EventType.of(OrganisationPayloads.Verified.TYPE);
    public static final EventType RENAMED = EventType.of("organisation.renamed");

    private OrganisationEvents() {
    }
}
