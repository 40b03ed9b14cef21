package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.messaging.NotYetKnownException;
import fr.hautsdefrance.acte.notification.domain.OrganisationContact;
import fr.hautsdefrance.acte.notification.domain.OrganisationContacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who belongs to each applicant organisation, kept from acte.organisation-contacts.v1: the members told
 * about its files and grants, found by the organisation id every file and grant event carries.
 */
@ApplicationScoped
public class OrganisationDirectory {

    private final Clock clock;

    @Inject
    public OrganisationDirectory(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records the organisation's whole list of members at {@code revision}; an older or equal revision
     * changes nothing, an empty list deletes every member (the erasure of the organisation's people).
     *
     * @return whether the list held changed
     */
    @Transactional
    public boolean record(UUID organisationId, long revision, List<Person> members, OffsetDateTime changedAt) {
        Optional<OrganisationContacts> known = OrganisationContacts.findByIdOptional(organisationId);
        OrganisationContacts contacts = known.orElseGet(() -> OrganisationContacts.of(organisationId));
        boolean changed = contacts.replace(revision, members.stream()
                .map(p -> new OrganisationContact(p.subject(), p.email(), p.name())).toList(), changedAt,
                OffsetDateTime.now(clock));
        if (changed && known.isEmpty()) {
            contacts.persist();
        }
        return changed;
    }

    /**
     * The organisation's current members (none once its people were erased).
     *
     * @throws NotYetKnownException when its contacts record has not been consumed yet: the event asking
     *                              is retried rather than told to nobody
     */
    @Transactional
    public List<Person> membersOf(UUID organisationId) {
        return knownMembersOf(organisationId).orElseThrow(() -> new NotYetKnownException("organisation " + organisationId
                        + " has no contacts record yet (acte.organisation-contacts.v1)"));
    }

    /** As {@link #membersOf}, empty when the organisation is not known. */
    @Transactional
    public Optional<List<Person>> knownMembersOf(UUID organisationId) {
        return OrganisationContacts.<OrganisationContacts>findByIdOptional(organisationId)
                .map(contacts -> contacts.members().stream()
                        .map(m -> new Person(m.subject(), m.email(), m.name())).toList());
    }
}
