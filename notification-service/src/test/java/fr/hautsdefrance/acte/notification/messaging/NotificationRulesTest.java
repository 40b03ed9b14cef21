package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.NotYetKnownException;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.domain.PaymentKind;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Contact;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.DraftExpiring;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.FileRef;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.GrantRef;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.MessagePosted;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentRef;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentRequested;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentScheduled;
import fr.hautsdefrance.acte.notification.service.Announcement;
import fr.hautsdefrance.acte.notification.service.Announcement.Message;
import fr.hautsdefrance.acte.notification.service.French;
import fr.hautsdefrance.acte.notification.service.Person;
import fr.hautsdefrance.acte.notification.service.ScheduleLine;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NotificationRulesTest {

    private static final UUID ORGANISATION = UUID.randomUUID();
    private static final FileRef FILE = new FileRef(UUID.randomUUID(), "ACTE-2026-00042", "Tiers-lieu", ORGANISATION,
            "Coop");
    private static final Person MEMBER = new Person("member-1", "membre@coop.fr", "Camille");
    private static final GrantRef GRANT = new GrantRef(UUID.randomUUID(), FILE.applicationId(), FILE.reference(),
            FILE.title(), ORGANISATION, FILE.organisationName(), "CP-2026-114", new BigDecimal("30000.00"));
    private static final Contact OFFICER = new Contact("officer-1", "agent@hautsdefrance.fr", "Dominique");

    @Test
    void each_event_type_has_one_rule_and_every_rule_tells_someone() {
        List<NotificationRules.Rule<?>> rules = Stream.concat(NotificationRules.APPLICATION_EVENTS.stream(),
                NotificationRules.PAYMENT_EVENTS.stream()).toList();

        assertThat(rules).extracting(rule -> rule.event).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(rule -> assertThat(rule.tells).isNotEmpty());
    }

    @Test
    void a_message_from_the_region_is_for_the_members_and_one_from_a_member_for_the_officer() {
        Announcement fromRegion = announce(NotificationEvents.MESSAGE_POSTED, posted(true));
        Announcement fromMember = announce(NotificationEvents.MESSAGE_POSTED, posted(false));

        assertThat(fromRegion.messages()).extracting(Message::kind, Message::audience, Message::emailed, Message::inApp)
                .containsExactly(tuple(MessageKind.MESSAGE_FOR_APPLICANT, Audience.APPLICANT, true, true));
        assertThat(fromRegion.messages().get(0).people()).extracting("subject").containsExactly("member-1");
        assertThat(fromMember.messages()).extracting(Message::kind, Message::audience)
                .containsExactly(tuple(MessageKind.MESSAGE_FOR_OFFICER, Audience.OFFICER));
        assertThat(fromMember.messages().get(0).people()).extracting("subject").containsExactly("officer-1");
    }

    @Test
    void a_payment_request_is_a_notice_for_the_members_and_goes_to_the_officer_who_reviews_it() {
        Announcement announcement = announce(NotificationEvents.PAYMENT_REQUESTED, paymentRequested(OFFICER));

        assertThat(announcement.applicationId()).isEqualTo(FILE.applicationId());
        assertThat(announcement.messages()).extracting(Message::kind, Message::audience, Message::inApp, Message::emailed)
                .containsExactly(tuple(MessageKind.PAYMENT_REQUESTED, Audience.APPLICANT, true, false),
                        tuple(MessageKind.PAYMENT_REQUEST_FOR_OFFICER, Audience.OFFICER, true, true));
        assertThat(announcement.messages().get(1).people()).extracting("subject").containsExactly("officer-1");
        assertThat(announcement.messages().get(1).values()).containsEntry("label", "Avance")
                .containsEntry("reference", "ACTE-2026-00042");
    }

    @Test
    void a_payment_request_on_a_grant_without_a_known_officer_goes_to_the_managers_mailbox() {
        Announcement announcement = announce(NotificationEvents.PAYMENT_REQUESTED, paymentRequested(null));

        assertThat(announcement.messages()).extracting(Message::kind, Message::audience)
                .containsExactly(tuple(MessageKind.PAYMENT_REQUESTED, Audience.APPLICANT),
                        tuple(MessageKind.PAYMENT_REQUEST_FOR_MANAGERS, Audience.MANAGERS));
    }

    private static PaymentRequested paymentRequested(Contact officer) {
        return new PaymentRequested(GRANT,
                new PaymentRef(UUID.randomUUID(), "ADVANCE", 1, "Avance", new BigDecimal("9000.00")),
                new BigDecimal("9000.00"), "Camille", OffsetDateTime.parse("2026-12-01T10:00:00Z"), officer);
    }

    @Test
    void the_members_are_told_by_email_when_their_abandoned_draft_will_be_deleted() {
        Announcement announcement = announce(NotificationEvents.DRAFT_EXPIRING, new DraftExpiring(FILE,
                LocalDate.parse("2025-11-02"), LocalDate.parse("2027-01-07")));

        assertThat(announcement.messages()).extracting(Message::kind, Message::audience, Message::emailed, Message::inApp)
                .containsExactly(tuple(MessageKind.DRAFT_EXPIRING, Audience.APPLICANT, true, true));
        assertThat(announcement.messages().get(0).people()).extracting("subject").containsExactly("member-1");
        assertThat(announcement.messages().get(0).values()).containsEntry("deletionOn", "7 janvier 2027")
                .containsEntry("lastChangedOn", "2 novembre 2025");
    }

    @Test
    void the_members_told_are_the_organisations_current_ones_whatever_the_event_says() {
        Announcement announcement = announce(NotificationEvents.PAYMENT_SCHEDULED, scheduled("ADVANCE", "BALANCE"));

        assertThat(announcement.messages().get(0).people()).containsExactly(MEMBER);
    }

    @Test
    void a_file_of_an_organisation_not_known_yet_is_retried_not_told_to_nobody() {
        FileRef unknown = new FileRef(FILE.applicationId(), FILE.reference(), FILE.title(), UUID.randomUUID(),
                FILE.organisationName());
        MessagePosted posted = new MessagePosted(unknown, OFFICER, true, "Dominique",
                OffsetDateTime.parse("2026-12-01T10:00:00Z"));

        assertThatThrownBy(() -> announce(NotificationEvents.MESSAGE_POSTED, posted))
                .isInstanceOf(NotYetKnownException.class).isNotInstanceOf(PoisonEventException.class);
    }

    @Test
    void a_message_for_the_officer_alone_needs_no_organisation() {
        FileRef unknown = new FileRef(FILE.applicationId(), FILE.reference(), FILE.title(), UUID.randomUUID(),
                FILE.organisationName());
        Announcement fromMember = announce(NotificationEvents.MESSAGE_POSTED, new MessagePosted(unknown, OFFICER,
                false, "Camille", OffsetDateTime.parse("2026-12-01T10:00:00Z")));

        assertThat(fromMember.messages()).extracting(Message::audience).containsExactly(Audience.OFFICER);
    }

    @Test
    void an_event_for_the_members_that_names_no_organisation_is_poison() {
        FileRef withoutOrganisation = new FileRef(FILE.applicationId(), FILE.reference(), FILE.title(), null,
                FILE.organisationName());

        assertThatThrownBy(() -> announce(NotificationEvents.DRAFT_EXPIRING, new DraftExpiring(withoutOrganisation,
                LocalDate.parse("2025-11-02"), LocalDate.parse("2027-01-07"))))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("organisation");
    }

    @Test
    void an_event_that_does_not_name_its_file_is_poison() {
        MessagePosted withoutFile = new MessagePosted(null, OFFICER, true, "Dominique",
                OffsetDateTime.parse("2026-12-01T10:00:00Z"));

        assertThatThrownBy(() -> announce(NotificationEvents.MESSAGE_POSTED, withoutFile))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("the file");
    }

    @Test
    void a_schedule_shows_each_payment_by_its_kind_and_one_of_a_kind_the_contract_does_not_know_is_poison() {
        Announcement announcement = announce(NotificationEvents.PAYMENT_SCHEDULED, scheduled("ADVANCE", "BALANCE"));

        assertThat(announcement.messages().get(0).values().get("plan")).isEqualTo(List.of(
                new ScheduleLine(PaymentKind.ADVANCE, 1,
                        French.amount(new BigDecimal("9000.00"))), new ScheduleLine(PaymentKind.BALANCE, 1, null)));
        assertThatThrownBy(() -> announce(NotificationEvents.PAYMENT_SCHEDULED, scheduled("ADVANCE", "BONUS")))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("BONUS");
    }

    private static PaymentScheduled scheduled(String first, String second) {
        return new PaymentScheduled(GRANT, LocalDate.parse("2028-12-01"), List.of(
                new PaymentScheduled.PlannedPayment(first, 1, new BigDecimal("9000.00")),
                new PaymentScheduled.PlannedPayment(second, 1, null)));
    }

    private static MessagePosted posted(boolean fromRegion) {
        return new MessagePosted(FILE, OFFICER, fromRegion, "Dominique",
                OffsetDateTime.parse("2026-12-01T10:00:00Z"));
    }

    /** The projection as the rules see it: the one organisation of these tests, nobody else known. */
    private static List<Person> membersOf(UUID organisationId) {
        if (!organisationId.equals(ORGANISATION)) {
            throw new NotYetKnownException("organisation " + organisationId + " not known");
        }
        return List.of(MEMBER);
    }

    @SuppressWarnings("unchecked")
    private static <P> Announcement announce(EventType type, P payload) {
        NotificationRules.Rule<P> rule = (NotificationRules.Rule<P>) Stream.concat(
                        NotificationRules.APPLICATION_EVENTS.stream(), NotificationRules.PAYMENT_EVENTS.stream())
                .filter(r -> r.event.equals(type)).findFirst().orElseThrow();
        return rule.announcement(payload, "event-1", NotificationRulesTest::membersOf);
    }
}
