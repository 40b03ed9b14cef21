package fr.hautsdefrance.acte.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.service.Announcement;
import fr.hautsdefrance.acte.notification.service.Announcement.Message;
import fr.hautsdefrance.acte.notification.service.French;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.notification.service.Person;
import fr.hautsdefrance.acte.notification.service.ReminderService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.notification.messaging.Values.people;
import static fr.hautsdefrance.acte.notification.messaging.Values.person;
import static fr.hautsdefrance.acte.notification.messaging.Values.required;

/**
 * Who is told what along a file's life: the applicant organisation's members for everything that
 * concerns them (receipt, requests, decision, agreement), the assigned officer for what the applicant
 * did, the managers when a file is ready for the committee. Each event once, whatever the redeliveries.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";
    private static final Logger LOG = Logger.getLogger(ApplicationEventsConsumer.class);
    /** Above this, the law (2000-321, art. 10) requires a written agreement before the advance. */
    private static final BigDecimal AGREEMENT_THRESHOLD = new BigDecimal("23000");

    private final Inbox inbox;
    private final NotificationService notifications;
    private final ReminderService reminders;
    private final ObjectMapper mapper;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, NotificationService notifications, ReminderService reminders,
            ObjectMapper mapper) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.reminders = reminders;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, this::consume);
    }

    void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        EventType type = event.type();
        if (type.equals(NotificationEvents.APPLICATION_SUBMITTED)) {
            announce(event, submitted(event.dataAs(InboundPayloads.Submitted.class, mapper), event.id()));
        } else if (type.equals(NotificationEvents.OFFICER_ASSIGNED)) {
            announce(event, officerAssigned(event.dataAs(InboundPayloads.OfficerAssigned.class, mapper), event.id()));
        } else if (type.equals(NotificationEvents.INFORMATION_REQUESTED)) {
            informationRequested(event, event.dataAs(InboundPayloads.InformationRequested.class, mapper));
        } else if (type.equals(NotificationEvents.RESUBMITTED)) {
            resubmitted(event, event.dataAs(InboundPayloads.Resubmitted.class, mapper));
        } else if (type.equals(NotificationEvents.MESSAGE_POSTED)) {
            announce(event, messagePosted(event.dataAs(InboundPayloads.MessagePosted.class, mapper), event.id()));
        } else if (type.equals(NotificationEvents.ASSESSED)) {
            announce(event, assessed(event.dataAs(InboundPayloads.Assessed.class, mapper), event.id()));
        } else if (type.equals(NotificationEvents.APPROVED)) {
            InboundPayloads.Approved approved = event.dataAs(InboundPayloads.Approved.class, mapper);
            endOfFile(event, approved(approved, event.id()), approved.file().applicationId(), "subvention attribuée");
        } else if (type.equals(NotificationEvents.REJECTED)) {
            InboundPayloads.Rejected rejected = event.dataAs(InboundPayloads.Rejected.class, mapper);
            endOfFile(event, rejected(rejected, event.id()), rejected.file().applicationId(), "demande refusée");
        } else if (type.equals(NotificationEvents.AGREEMENT_SIGNED)) {
            announce(event, agreementSigned(event.dataAs(InboundPayloads.AgreementSigned.class, mapper), event.id()));
        } else if (type.equals(NotificationEvents.WITHDRAWN)) {
            InboundPayloads.Withdrawn withdrawn = event.dataAs(InboundPayloads.Withdrawn.class, mapper);
            endOfFile(event, withdrawn(withdrawn, event.id()), withdrawn.file().applicationId(), "dossier retiré");
        } else if (type.equals(NotificationEvents.MEMBER_ADDED)) {
            // The new member's address (verified by the identity provider, or none) is known before
            // the first notice about the organisation's files; a removed member needs nothing: each
            // notice goes to the members the event names, which application-service reads at the time.
            InboundPayloads.Contact member = event.dataAs(InboundPayloads.MemberAdded.class, mapper).member();
            if (member == null || member.subject() == null) {
                throw new PoisonEventException("event " + event.id() + " (member-added) names no member");
            }
            inbox.processOnce(CHANNEL, event, e -> notifications.rememberCaller(member.subject(), member.email(),
                    member.name()));
        } else {
            LOG.debugf("Event %s (%s) tells nobody anything", event.id(), type);
        }
    }

    private void announce(InboundEvent event, Announcement announcement) {
        inbox.processOnce(CHANNEL, event, e -> notifications.announce(e.id(), e.type().shortName(), announcement));
    }

    /** A decision or a withdrawal ends what the applicant was asked: pending reminders are dropped. */
    private void endOfFile(InboundEvent event, Announcement announcement, UUID applicationId, String reason) {
        inbox.processOnce(CHANNEL, event, e -> {
            reminders.cancelAllOfApplication(applicationId, reason);
            notifications.announce(e.id(), e.type().shortName(), announcement);
        });
    }

    private static Announcement submitted(InboundPayloads.Submitted s, String eventId) {
        UUID applicationId = required(s.applicationId(), eventId, "the application id");
        required(s.submittedAt(), eventId, "the submission time");
        List<Person> people = new ArrayList<>(people(s.contacts()));
        if (people.stream().noneMatch(p -> p.subject().equals(s.submittedBy())) && s.submittedBy() != null) {
            // The member who submitted is told even when the event lists no contacts.
            people.add(0, new Person(s.submittedBy(), null, null));
        }
        Values values = new Values().put("applicationId", applicationId).put("reference", s.reference())
                .put("title", s.title())
                .put("organisationName", s.file() == null ? null : s.file().organisationName())
                .put("submittedAt", French.dateTime(s.submittedAt()))
                // CRPA L. 231-4: two months' silence on a complete file is an implicit rejection.
                .put("silenceDeadline", French.date(s.submittedAt().atZoneSameInstant(French.PARIS).toLocalDate()
                        .plusMonths(2)));
        return Announcement.of(applicationId, Message.toPeople(MessageKind.APPLICATION_SUBMITTED, Audience.APPLICANT,
                people, values.map()));
    }

    private static Announcement officerAssigned(InboundPayloads.OfficerAssigned a, String eventId) {
        InboundPayloads.FileRef file = required(a.file(), eventId, "the file");
        return Announcement.of(file.applicationId(), Message.toPeople(MessageKind.OFFICER_ASSIGNED, Audience.OFFICER,
                person(required(a.officer(), eventId, "the officer")),
                Values.of(file).put("assignedAt", French.dateTime(a.assignedAt())).map()));
    }

    private void informationRequested(InboundEvent event, InboundPayloads.InformationRequested r) {
        InboundPayloads.FileRef file = required(r.file(), event.id(), "the file");
        UUID requestId = required(r.requestId(), event.id(), "the request id");
        required(r.deadline(), event.id(), "the deadline");
        List<Person> people = people(r.contacts());
        Values values = Values.of(file).put("message", r.message())
                .put("items", r.items() == null ? List.of() : List.copyOf(r.items()))
                .put("deadline", French.date(r.deadline())).put("requestedAt", French.date(r.requestedAt()));
        inbox.processOnce(CHANNEL, event, e -> {
            notifications.announce(e.id(), e.type().shortName(), Announcement.of(file.applicationId(),
                    Message.toPeople(MessageKind.INFORMATION_REQUESTED, Audience.APPLICANT, people, values.map())));
            reminders.scheduleInformationReminders(requestId, file.applicationId(), r.deadline(),
                    new ReminderService.Context(people, values.map()));
        });
    }

    private void resubmitted(InboundEvent event, InboundPayloads.Resubmitted r) {
        InboundPayloads.FileRef file = required(r.file(), event.id(), "the file");
        UUID requestId = required(r.requestId(), event.id(), "the request id");
        Values values = Values.of(file).put("answeredAt", French.dateTime(r.answeredAt()));
        Announcement announcement = new Announcement(file.applicationId(), List.of(
                Message.toPeople(MessageKind.APPLICATION_RESUBMITTED, Audience.APPLICANT, people(r.contacts()),
                        values.map()),
                Message.toPeople(MessageKind.RESUBMISSION_FOR_OFFICER, Audience.OFFICER, person(r.officer()),
                        values.map())));
        inbox.processOnce(CHANNEL, event, e -> {
            reminders.cancelFor(requestId, "compléments reçus");
            notifications.announce(e.id(), e.type().shortName(), announcement);
        });
    }

    private static Announcement messagePosted(InboundPayloads.MessagePosted m, String eventId) {
        InboundPayloads.FileRef file = required(m.file(), eventId, "the file");
        Values values = Values.of(file).put("authorName", m.authorName()).put("postedAt", French.dateTime(m.postedAt()));
        Message message = m.fromRegion()
                ? Message.toPeople(MessageKind.MESSAGE_FOR_APPLICANT, Audience.APPLICANT, people(m.contacts()),
                        values.map())
                : Message.toPeople(MessageKind.MESSAGE_FOR_OFFICER, Audience.OFFICER, person(m.officer()),
                        values.map());
        return Announcement.of(file.applicationId(), message);
    }

    private static Announcement assessed(InboundPayloads.Assessed a, String eventId) {
        InboundPayloads.FileRef file = required(a.file(), eventId, "the file");
        return Announcement.of(file.applicationId(), Message.toTeam(MessageKind.APPLICATION_ASSESSED,
                Audience.MANAGERS, Values.of(file).put("proposedAmount", French.amount(a.proposedAmount()))
                        .put("score", a.score()).put("officerName", a.officer() == null ? null : a.officer().name())
                        .put("assessedAt", French.date(a.assessedAt())).map()));
    }

    private static Announcement approved(InboundPayloads.Approved a, String eventId) {
        InboundPayloads.FileRef file = required(a.file(), eventId, "the file");
        InboundPayloads.Decision decision = required(a.decision(), eventId, "the decision");
        BigDecimal awarded = required(a.awardedAmount(), eventId, "the awarded amount");
        return Announcement.of(file.applicationId(), Message.toPeople(MessageKind.APPLICATION_APPROVED,
                Audience.APPLICANT, people(a.contacts()), Values.of(file)
                        .put("awardedAmount", French.amount(awarded)).put("rate", French.percent(a.rate()))
                        .put("eligibleBase", French.amount(a.eligibleBase()))
                        .put("deliberationNumber", decision.deliberationNumber())
                        .put("decidedAt", French.date(decision.decidedAt()))
                        .put("agreementRequired", awarded.compareTo(AGREEMENT_THRESHOLD) > 0).map()));
    }

    private static Announcement rejected(InboundPayloads.Rejected r, String eventId) {
        InboundPayloads.FileRef file = required(r.file(), eventId, "the file");
        InboundPayloads.Decision decision = required(r.decision(), eventId, "the decision");
        return Announcement.of(file.applicationId(), Message.toPeople(MessageKind.APPLICATION_REJECTED,
                Audience.APPLICANT, people(r.contacts()), Values.of(file).put("reason", r.reason())
                        .put("appealRoute", r.appealRoute()).put("deliberationNumber", decision.deliberationNumber())
                        .put("decidedAt", French.date(decision.decidedAt())).map()));
    }

    private static Announcement agreementSigned(InboundPayloads.AgreementSigned a, String eventId) {
        InboundPayloads.FileRef file = required(a.file(), eventId, "the file");
        return Announcement.of(file.applicationId(), Message.toPeople(MessageKind.AGREEMENT_SIGNED, Audience.APPLICANT,
                people(a.contacts()), Values.of(file).put("awardedAmount", French.amount(a.awardedAmount()))
                        .put("deliberationNumber", a.deliberationNumber()).put("signerName", a.signerName())
                        .put("signedAt", French.dateTime(a.signedAt())).map()));
    }

    private static Announcement withdrawn(InboundPayloads.Withdrawn w, String eventId) {
        InboundPayloads.FileRef file = required(w.file(), eventId, "the file");
        Values values = Values.of(file).put("withdrawnAt", French.dateTime(w.withdrawnAt()));
        return new Announcement(file.applicationId(), List.of(
                Message.toPeople(MessageKind.APPLICATION_WITHDRAWN, Audience.APPLICANT, people(w.contacts()),
                        values.map()),
                Message.toPeople(MessageKind.WITHDRAWAL_FOR_OFFICER, Audience.OFFICER, person(w.officer()),
                        values.map())));
    }
}
