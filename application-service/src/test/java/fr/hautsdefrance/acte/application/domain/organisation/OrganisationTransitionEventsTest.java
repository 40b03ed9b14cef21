package fr.hautsdefrance.acte.application.domain.organisation;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.domain.event.OrganisationPayloads;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An organisation's changes return the events they cause (who belongs to it, its verification), for the
 * service to publish with the change: none is left to a caller to remember.
 */
class OrganisationTransitionEventsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-07T09:00:00+01:00");
    private static final String SIREN = "123456782";

    private static Member member(String subject, MemberRole role) {
        return new Member(subject, subject + "@example.org", "Nom de " + subject, role, NOW);
    }

    private static Organisation.Registered register(String owner) {
        return Organisation.register("Les Jardins", ApplicantType.ESS_ENTERPRISE, LegalForm.ASSOCIATION, SIREN, null,
                "W621234567", member(owner, MemberRole.OWNER), NOW);
    }

    @Test
    void registering_returns_the_owner_added_as_the_organisations_first_member() {
        Organisation.Registered registered = register("camille");
        Organisation organisation = registered.organisation();

        DomainEvent event = registered.events().get(0);

        assertThat(event.type()).isEqualTo("organisation.member-added");
        assertThat(event.aggregateId()).isEqualTo(organisation.id());
        assertThat(event.payload()).isEqualTo(new OrganisationPayloads.MemberAdded(
                new OrganisationPayloads.OrganisationRef(organisation.id(), "Les Jardins", SIREN),
                new EventPayloads.Contact("camille", "camille@example.org", "Nom de camille"), "OWNER", NOW));
    }

    @Test
    void joining_returns_the_member_added_and_joining_twice_returns_nothing_but_a_refusal() {
        Organisation organisation = register("camille").organisation();

        DomainEvent event = organisation.join(member("dominique", MemberRole.MEMBER)).get(0);

        assertThat(event.type()).isEqualTo("organisation.member-added");
        assertThat(event.aggregateId()).isEqualTo(organisation.id());
        OrganisationPayloads.MemberAdded added = (OrganisationPayloads.MemberAdded) event.payload();
        assertThat(added.member().subject()).isEqualTo("dominique");
        assertThat(added.role()).isEqualTo("MEMBER");
        assertThat(added.addedAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> organisation.join(member("dominique", MemberRole.MEMBER)))
                .isInstanceOf(OrganisationRuleException.class);
    }

    @Test
    void removing_a_member_returns_who_was_removed_by_whom_and_when() {
        Organisation organisation = register("camille").organisation();
        organisation.join(member("dominique", MemberRole.MEMBER));
        OffsetDateTime later = NOW.plusDays(3);

        DomainEvent event = organisation.remove("dominique", "camille", later).get(0);

        assertThat(event.type()).isEqualTo("organisation.member-removed");
        assertThat(event.aggregateId()).isEqualTo(organisation.id());
        assertThat(event.payload()).isEqualTo(new OrganisationPayloads.MemberRemoved(
                new OrganisationPayloads.OrganisationRef(organisation.id(), "Les Jardins", SIREN), "dominique",
                "camille", later));
        assertThat(organisation.hasMember("dominique")).isFalse();
    }

    @Test
    void registering_returns_the_first_list_of_contacts_the_owner_alone_at_revision_one() {
        Organisation.Registered registered = register("camille");
        Organisation organisation = registered.organisation();

        assertThat(registered.events()).extracting(DomainEvent::type)
                .containsExactly("organisation.member-added", "organisation.contacts-changed");
        assertThat(registered.events().get(1).aggregateId()).isEqualTo(organisation.id());
        assertThat(registered.events().get(1).payload()).isEqualTo(new OrganisationPayloads.ContactsChanged(
                new OrganisationPayloads.OrganisationRef(organisation.id(), "Les Jardins", SIREN),
                List.of(new EventPayloads.Contact("camille", "camille@example.org", "Nom de camille")), 1, NOW));
    }

    @Test
    void joining_returns_every_current_member_under_the_next_revision() {
        Organisation organisation = register("camille").organisation();
        Member joining = new Member("dominique", "dominique@example.org", "Nom de dominique", MemberRole.MEMBER,
                NOW.plusDays(1));

        List<DomainEvent> events = organisation.join(joining);

        assertThat(events).extracting(DomainEvent::type)
                .containsExactly("organisation.member-added", "organisation.contacts-changed");
        OrganisationPayloads.ContactsChanged contacts = (OrganisationPayloads.ContactsChanged) events.get(1).payload();
        assertThat(contacts.contacts()).extracting(EventPayloads.Contact::subject)
                .containsExactly("camille", "dominique");
        assertThat(contacts.revision()).isEqualTo(2);
        assertThat(contacts.changedAt()).isEqualTo(NOW.plusDays(1));
        assertThat(organisation.contactsRevision()).isEqualTo(2);
    }

    @Test
    void removing_a_member_returns_the_members_left_under_a_higher_revision_than_any_before() {
        Organisation organisation = register("camille").organisation();
        long afterJoining = contactsOf(organisation.join(member("dominique", MemberRole.MEMBER))).revision();
        OffsetDateTime later = NOW.plusDays(3);

        List<DomainEvent> events = organisation.remove("dominique", "camille", later);

        assertThat(events).extracting(DomainEvent::type)
                .containsExactly("organisation.member-removed", "organisation.contacts-changed");
        OrganisationPayloads.ContactsChanged contacts = contactsOf(events);
        assertThat(contacts.contacts()).containsExactly(
                new EventPayloads.Contact("camille", "camille@example.org", "Nom de camille"));
        assertThat(contacts.revision()).isGreaterThan(afterJoining);
        assertThat(contacts.changedAt()).isEqualTo(later);
    }

    @Test
    void a_refused_change_of_members_leaves_the_revision_as_it_was() {
        Organisation organisation = register("camille").organisation();

        assertThatThrownBy(() -> organisation.join(member("camille", MemberRole.MEMBER)))
                .isInstanceOf(OrganisationRuleException.class);
        assertThatThrownBy(() -> organisation.remove("camille", "camille", NOW))
                .isInstanceOf(OrganisationRuleException.class);
        assertThatThrownBy(() -> organisation.remove("nobody", "camille", NOW))
                .isInstanceOf(OrganisationRuleException.class);

        assertThat(organisation.contactsRevision()).isEqualTo(1);
    }

    @Test
    void an_organisation_whose_contacts_were_published_is_not_announced_again() {
        Organisation organisation = register("camille").organisation();

        assertThat(organisation.announceContactsIfNeverPublished(NOW.plusDays(1))).isEmpty();
        assertThat(organisation.contactsRevision()).isEqualTo(1);
    }

    private static OrganisationPayloads.ContactsChanged contactsOf(List<DomainEvent> events) {
        return events.stream().filter(e -> e.type().equals("organisation.contacts-changed"))
                .map(e -> (OrganisationPayloads.ContactsChanged) e.payload()).findFirst().orElseThrow();
    }

    @Test
    void the_last_owner_is_not_removed_and_no_event_is_returned() {
        Organisation organisation = register("camille").organisation();

        assertThatThrownBy(() -> organisation.remove("camille", "camille", NOW))
                .isInstanceOf(OrganisationRuleException.class);
        assertThat(organisation.hasMember("camille")).isTrue();
    }

    @Test
    void verifying_the_only_claim_returns_the_organisation_verified_by_the_officer() {
        Member owner = member("camille", MemberRole.OWNER);
        Organisation organisation = Organisation.register("Les Jardins", ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION, SIREN, null, "W621234567", owner, NOW).organisation();
        OrganisationClaim claim = OrganisationClaim.open(organisation, owner, NOW);

        DomainEvent event = SirenDispute.of(SIREN, List.of(claim)).verify(claim, organisation, "officer-1", NOW);

        assertThat(event.type()).isEqualTo("organisation.verified");
        assertThat(event.aggregateId()).isEqualTo(organisation.id());
        assertThat(event.payload()).isEqualTo(new OrganisationPayloads.Verified(
                new OrganisationPayloads.OrganisationRef(organisation.id(), "Les Jardins", SIREN), "officer-1", NOW));
    }

    @Test
    void settling_a_dispute_returns_the_winners_verification_only_and_none_when_it_was_already_verified() {
        Member squatterOwner = member("squatter", MemberRole.OWNER);
        Organisation squatter = Organisation.register("Les Jardins", ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION, SIREN, null, "W621234567", squatterOwner, NOW).organisation();
        OrganisationClaim squatterClaim = OrganisationClaim.open(squatter, squatterOwner, NOW);
        Member realOwner = member("presidente", MemberRole.OWNER);
        Organisation real = Organisation.register("Les Jardins", ApplicantType.ESS_ENTERPRISE,
                LegalForm.ASSOCIATION, SIREN, null, "W621234567", realOwner, NOW).organisation();
        OrganisationClaim realClaim = OrganisationClaim.open(real, realOwner, NOW.plusHours(1));
        Map<java.util.UUID, Organisation> organisations = Map.of(squatter.id(), squatter, real.id(), real);

        SirenDispute.Resolution resolution = SirenDispute.of(SIREN, List.of(squatterClaim, realClaim))
                .resolve(realClaim.id, organisations, "officer-2", "Kbis au nom de la présidente", NOW);

        assertThat(resolution.losers()).containsExactly(squatterClaim);
        assertThat(resolution.events()).extracting(DomainEvent::type, DomainEvent::aggregateId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("organisation.verified", real.id()));
    }
}
