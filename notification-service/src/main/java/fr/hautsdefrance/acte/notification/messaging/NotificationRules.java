package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.domain.PaymentKind;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Approved;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.AgreementSigned;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Assessed;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.ClockAlert;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Closed;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.DeclaredInadmissible;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.DraftExpiring;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.InformationDeadlineExtended;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentLiquidated;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.LiquidationReturned;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Decision;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.FileRef;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.GrantRef;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.InformationRequested;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.LapseWarning;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Lapsed;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.MessagePosted;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.OfficerAssigned;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentOrdered;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentPaid;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentRef;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentRejected;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentRequested;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.PaymentScheduled;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.RecoveryIssued;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Rejected;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Resubmitted;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Submitted;
import fr.hautsdefrance.acte.notification.messaging.InboundPayloads.Withdrawn;
import fr.hautsdefrance.acte.notification.service.Announcement;
import fr.hautsdefrance.acte.notification.service.Announcement.Message;
import fr.hautsdefrance.acte.notification.service.French;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.notification.service.Person;
import fr.hautsdefrance.acte.notification.service.ScheduleLine;
import fr.hautsdefrance.acte.notification.service.ReminderService;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;
import static fr.hautsdefrance.acte.notification.domain.Audience.APPLICANT;
import static fr.hautsdefrance.acte.notification.domain.Audience.FINANCE;
import static fr.hautsdefrance.acte.notification.domain.Audience.MANAGERS;
import static fr.hautsdefrance.acte.notification.domain.Audience.OFFICER;
import static fr.hautsdefrance.acte.notification.messaging.NotificationRules.Reach.EMAIL_AND_NOTICE;
import static fr.hautsdefrance.acte.notification.messaging.NotificationRules.Reach.NOTICE_ONLY;
import static fr.hautsdefrance.acte.notification.messaging.Values.person;
import static fr.hautsdefrance.acte.notification.messaging.Values.required;

/**
 * Who is told what, and how, for each event this service hears of: one rule per event type. A rule
 * reads what its messages show from the event (a value it cannot do without makes the event poison),
 * then tells each audience its message on its channels; a few also schedule or drop the reminders of
 * a request. The members of the applicant organisation (found by the organisation id the file or grant
 * carries, in the organisation-contacts projection) hear of everything that concerns them, the
 * assigned officer of what the applicant did, the managers of a file ready for the committee, the
 * finance team of each payment request.
 */
final class NotificationRules {

    /** Above this, the law (2000-321, art. 10) requires a written agreement before the advance. */
    private static final BigDecimal AGREEMENT_THRESHOLD = new BigDecimal("23000");

    /** How a message reaches its audience. */
    enum Reach {
        /** An e-mail and an in-app notice to each person. */
        EMAIL_AND_NOTICE,
        /** Only an in-app notice: worth knowing, not worth an e-mail. */
        NOTICE_ONLY,
        /** An e-mail to the team's functional mailbox. */
        TEAM_MAILBOX
    }

    static final List<Rule<?>> APPLICATION_EVENTS = List.of(
            new Rule<>(NotificationEvents.APPLICATION_SUBMITTED, Submitted.class,
                    (s, id) -> required(s.applicationId(), id, "the application id"),
                    (s, id) -> s.file() == null ? null : s.file().organisationId(),
                    (s, id) -> new Values().put("applicationId", s.applicationId()).put("reference", s.reference())
                            .put("title", s.title())
                            .put("organisationName", s.file() == null ? null : s.file().organisationName())
                            .put("submittedAt", French.dateTime(required(s.submittedAt(), id, "the submission time")))
                            // CRPA L. 231-4: two months' silence on a complete file is an implicit rejection.
                            .put("silenceDeadline", French.date(s.submittedAt().atZoneSameInstant(French.PARIS)
                                    .toLocalDate().plusMonths(2))))
                    .tellWith(APPLICANT, MessageKind.APPLICATION_SUBMITTED, EMAIL_AND_NOTICE, NotificationRules::submitters),
            onFile(NotificationEvents.OFFICER_ASSIGNED, OfficerAssigned.class, OfficerAssigned::file,
                    (a, values, id) -> {
                        required(a.officer(), id, "the officer");
                        return values.put("assignedAt", French.dateTime(a.assignedAt()));
                    })
                    .tell(OFFICER, MessageKind.OFFICER_ASSIGNED, EMAIL_AND_NOTICE, a -> person(a.officer())),
            onFile(NotificationEvents.INFORMATION_REQUESTED, InformationRequested.class, InformationRequested::file,
                    (r, values, id) -> {
                        required(r.requestId(), id, "the request id");
                        return values.put("message", r.message())
                                .put("items", r.items() == null ? List.of() : List.copyOf(r.items()))
                                .put("deadline", French.date(required(r.deadline(), id, "the deadline")))
                                .put("requestedAt", French.date(r.requestedAt()));
                    })
                    .tellMembers(MessageKind.INFORMATION_REQUESTED, EMAIL_AND_NOTICE)
                    .then((r, told, reminders) -> {
                        Message request = told.messages().get(0);
                        reminders.scheduleInformationReminders(r.requestId(), r.file().applicationId(), r.deadline(),
                                ReminderService.Context.ofMembers(r.file().organisationId(), request.values()));
                    }),
            onFile(NotificationEvents.RESUBMITTED, Resubmitted.class, Resubmitted::file,
                    (r, values, id) -> {
                        required(r.requestId(), id, "the request id");
                        return values.put("answeredAt", French.dateTime(r.answeredAt()));
                    })
                    .tellMembers(MessageKind.APPLICATION_RESUBMITTED, EMAIL_AND_NOTICE)
                    .tell(OFFICER, MessageKind.RESUBMISSION_FOR_OFFICER, EMAIL_AND_NOTICE, r -> person(r.officer()))
                    .then((r, told, reminders) -> reminders.cancelFor(r.requestId(), "compléments reçus")),
            onFile(NotificationEvents.MESSAGE_POSTED, MessagePosted.class, MessagePosted::file,
                    (m, values, id) -> values.put("authorName", m.authorName())
                            .put("postedAt", French.dateTime(m.postedAt())))
                    .tellMembersIf(MessagePosted::fromRegion, MessageKind.MESSAGE_FOR_APPLICANT, EMAIL_AND_NOTICE)
                    .tellIf(m -> !m.fromRegion(),
                            OFFICER, MessageKind.MESSAGE_FOR_OFFICER, EMAIL_AND_NOTICE, m -> person(m.officer())),
            onFile(NotificationEvents.ASSESSED, Assessed.class, Assessed::file,
                    (a, values, id) -> values.put("proposedAmount", French.amount(a.proposedAmount()))
                            .put("unfavourable", a.unfavourable()).put("reason", a.justification())
                            .put("score", a.score()).put("officerName", a.officer() == null ? null : a.officer().name())
                            .put("assessedAt", French.date(a.assessedAt())))
                    .tellTeam(MANAGERS, MessageKind.APPLICATION_ASSESSED),
            onFile(NotificationEvents.APPROVED, Approved.class, Approved::file,
                    (a, values, id) -> {
                        Decision decision = required(a.decision(), id, "the decision");
                        BigDecimal awarded = required(a.awardedAmount(), id, "the awarded amount");
                        return values.put("awardedAmount", French.amount(awarded))
                                .put("rate", French.percent(a.statedVotedRate()))
                                .put("eligibleBase", French.amount(a.plannedBase()))
                                .put("deliberationNumber", decision.deliberationNumber())
                                .put("decidedAt", French.date(decision.decidedAt()))
                                .put("agreementRequired", awarded.compareTo(AGREEMENT_THRESHOLD) > 0);
                    })
                    .tellMembers(MessageKind.APPLICATION_APPROVED, EMAIL_AND_NOTICE)
                    .then(endOfFile(Approved::file, "subvention attribuée")),
            onFile(NotificationEvents.REJECTED, Rejected.class, Rejected::file,
                    (r, values, id) -> {
                        Decision decision = required(r.decision(), id, "the decision");
                        return values.put("reason", r.reason()).put("appealRoute", r.appealRoute())
                                .put("deliberationNumber", decision.deliberationNumber())
                                .put("decidedAt", French.date(decision.decidedAt()));
                    })
                    .tellMembers(MessageKind.APPLICATION_REJECTED, EMAIL_AND_NOTICE)
                    .then(endOfFile(Rejected::file, "demande refusée")),
            onFile(NotificationEvents.DECLARED_INADMISSIBLE, DeclaredInadmissible.class, DeclaredInadmissible::file,
                    (r, values, id) -> values.put("reason", r.reason())
                            .put("items", r.failedConditions() == null ? List.of() : r.failedConditions())
                            .put("appealRoute", r.appealRoute()).put("decidedAt", French.date(r.decidedAt())))
                    .tellMembers(MessageKind.APPLICATION_DECLARED_INADMISSIBLE, EMAIL_AND_NOTICE)
                    .then(endOfFile(DeclaredInadmissible::file, "demande irrecevable")),
            // Classement sans suite: the applicant gets the reason and the appeal routes. A lapse and the settled
            // balance were told with payment-service's own events.
            onFile(NotificationEvents.CLOSED, Closed.class, Closed::file,
                    (c, values, id) -> values.put("reason", c.explanation()).put("appealRoute", c.appealRoute())
                            .put("closedAt", French.date(c.closedAt())))
                    .tellMembersIf(NotificationRules::closedAsIncomplete, MessageKind.APPLICATION_CLOSED_INCOMPLETE, EMAIL_AND_NOTICE)
                    .then((c, told, reminders) -> {
                        if (closedAsIncomplete(c)) {
                            reminders.cancelAllOfApplication(c.file().applicationId(), "dossier classé sans suite");
                        }
                    }),
            // More time to answer: the applicant is told, and reminded again before the new deadline.
            onFile(NotificationEvents.INFORMATION_DEADLINE_EXTENDED, InformationDeadlineExtended.class,
                    InformationDeadlineExtended::file,
                    (d, values, id) -> {
                        required(d.requestId(), id, "the request id");
                        return values.put("message", d.message()).put("items", List.of())
                                .put("deadline", French.date(required(d.deadline(), id, "the deadline")));
                    })
                    .tellMembers(MessageKind.INFORMATION_DEADLINE_EXTENDED, EMAIL_AND_NOTICE)
                    .then((d, told, reminders) -> {
                        Message extension = told.messages().get(0);
                        reminders.cancelFor(d.requestId(), "échéance prolongée");
                        reminders.scheduleInformationReminders(d.requestId(), d.file().applicationId(), d.deadline(),
                                ReminderService.Context.ofMembers(d.file().organisationId(), extension.values()));
                    }),
            clockAlert(NotificationEvents.INFORMATION_OVERDUE, MessageKind.INFORMATION_OVERDUE),
            clockAlert(NotificationEvents.IMPLICIT_DECISION_APPROACHING, MessageKind.IMPLICIT_DECISION_APPROACHING),
            clockAlert(NotificationEvents.IMPLICITLY_REJECTED, MessageKind.IMPLICITLY_REJECTED),
            onFile(NotificationEvents.AGREEMENT_SIGNED, AgreementSigned.class, AgreementSigned::file,
                    (a, values, id) -> values.put("awardedAmount", French.amount(a.awardedAmount()))
                            .put("deliberationNumber", a.deliberationNumber()).put("signerName", a.signerName())
                            .put("signedAt", French.dateTime(a.signedAt()))
                            .put("countersignerName", a.countersignerName() == null ? "" : a.countersignerName())
                            .put("countersignedAt", a.countersignedAt() == null ? "" : French.dateTime(a.countersignedAt())))
                    .tellMembers(MessageKind.AGREEMENT_SIGNED, EMAIL_AND_NOTICE),
            onFile(NotificationEvents.WITHDRAWN, Withdrawn.class, Withdrawn::file,
                    (w, values, id) -> values.put("withdrawnAt", French.dateTime(w.withdrawnAt())))
                    .tellMembers(MessageKind.APPLICATION_WITHDRAWN, EMAIL_AND_NOTICE)
                    .tell(OFFICER, MessageKind.WITHDRAWAL_FOR_OFFICER, EMAIL_AND_NOTICE, w -> person(w.officer()))
                    .then(endOfFile(Withdrawn::file, "dossier retiré")),
            onFile(NotificationEvents.DRAFT_EXPIRING, DraftExpiring.class, DraftExpiring::file,
                    (d, values, id) -> values
                            .put("lastChangedOn", French.date(required(d.lastChangedOn(), id, "the last change")))
                            .put("deletionOn", French.date(required(d.deletionOn(), id, "the deletion day"))))
                    .tellMembers(MessageKind.DRAFT_EXPIRING, EMAIL_AND_NOTICE));

    static final List<Rule<?>> PAYMENT_EVENTS = List.of(
            onGrant(NotificationEvents.PAYMENT_SCHEDULED, PaymentScheduled.class, PaymentScheduled::grant,
                    (s, values, id) -> values.put("awardedAmount", French.amount(s.grant().awardedAmount()))
                            .put("plan", s.payments() == null ? List.of() : s.payments().stream()
                                    .map(p -> new ScheduleLine(paymentKind(p.kind(), id), p.sequence(),
                                            p.plannedAmount() == null ? null : French.amount(p.plannedAmount())))
                                    .toList())
                            .put("lapseDate", French.date(s.lapseDate())))
                    .tellMembers(MessageKind.PAYMENT_SCHEDULED, EMAIL_AND_NOTICE),
            onGrant(NotificationEvents.PAYMENT_REQUESTED, PaymentRequested.class, PaymentRequested::grant,
                    (r, values, id) -> values.put("label", payment(r.payment(), id).label())
                            .put("requestedAmount", French.amount(r.requestedAmount()))
                            .put("requestedByName", r.requestedByName())
                            .put("requestedAt", French.dateTime(r.requestedAt())))
                    .tellMembers(MessageKind.PAYMENT_REQUESTED, NOTICE_ONLY)
                    // The statement is the officer's to review (liquidation), not finance's; without a known officer
                    // (grants opened before it was carried) the managers dispatch it.
                    .tellIf(r -> !person(r.officer()).isEmpty(), OFFICER, MessageKind.PAYMENT_REQUEST_FOR_OFFICER,
                            EMAIL_AND_NOTICE, r -> person(r.officer()))
                    .tellIf(r -> person(r.officer()).isEmpty(), MANAGERS, MessageKind.PAYMENT_REQUEST_FOR_MANAGERS,
                            Reach.TEAM_MAILBOX, r -> List.of()),
            onGrant(NotificationEvents.PAYMENT_LIQUIDATED, PaymentLiquidated.class, PaymentLiquidated::grant,
                    (l, values, id) -> values.put("label", payment(l.payment(), id).label())
                            .put("amount", French.amount(l.payment().amount()))
                            .put("acceptedEligibleBase", French.amount(l.acceptedEligibleBase()))
                            .put("liquidatedAt", French.dateTime(l.liquidatedAt())))
                    .tellTeam(FINANCE, MessageKind.LIQUIDATION_FOR_FINANCE),
            // Finance sent the liquidation back: the officer who liquidates again (the managers when unknown).
            onGrant(NotificationEvents.LIQUIDATION_RETURNED, LiquidationReturned.class, LiquidationReturned::grant,
                    (r, values, id) -> values.put("label", payment(r.payment(), id).label())
                            .put("returnedAmount", French.amount(r.returnedAmount()))
                            .put("reason", required(r.reason(), id, "the reason"))
                            .put("returnedByName", r.returnedByName())
                            .put("returnedAt", French.dateTime(r.returnedAt())))
                    .tellIf(r -> !person(r.officer()).isEmpty(), OFFICER, MessageKind.LIQUIDATION_RETURNED_TO_OFFICER,
                            EMAIL_AND_NOTICE, r -> person(r.officer()))
                    .tellIf(r -> person(r.officer()).isEmpty(), MANAGERS, MessageKind.LIQUIDATION_RETURNED_TO_OFFICER,
                            Reach.TEAM_MAILBOX, r -> List.of()),
            onGrant(NotificationEvents.PAYMENT_ORDERED, PaymentOrdered.class, PaymentOrdered::grant,
                    (o, values, id) -> values.put("label", payment(o.payment(), id).label())
                            .put("amount", French.amount(o.payment().amount()))
                            .put("executionDate", French.date(o.requestedExecutionDate()))
                            .put("accountEnding", o.accountEnding()))
                    .tellMembers(MessageKind.PAYMENT_ORDERED, NOTICE_ONLY),
            onGrant(NotificationEvents.PAYMENT_PAID, PaymentPaid.class, PaymentPaid::grant,
                    (p, values, id) -> values.put("label", payment(p.payment(), id).label())
                            .put("amount", French.amount(p.payment().amount()))
                            .put("paidAt", French.date(p.paidAt())).put("withoutTransfer", p.withoutTransfer())
                            .put("totalPaid", French.amount(p.totalPaid())).put("grantClosed", p.grantClosed())
                            .put("finalAmount", French.amount(p.finalAmount())))
                    .tellMembers(MessageKind.PAYMENT_PAID, EMAIL_AND_NOTICE),
            onGrant(NotificationEvents.PAYMENT_REJECTED, PaymentRejected.class, PaymentRejected::grant,
                    (r, values, id) -> values.put("label", payment(r.payment(), id).label())
                            .put("reason", r.reason()).put("byBank", r.byBank())
                            .put("rejectedLines", r.rejectedLines() == null ? List.of() : r.rejectedLines().stream()
                                    .map(l -> l.label() + " (" + French.amount(l.realisedAmount()) + ")"
                                            + (l.comment() == null || l.comment().isBlank() ? "" : " : " + l.comment()))
                                    .toList()))
                    .tellMembers(MessageKind.PAYMENT_REJECTED, EMAIL_AND_NOTICE),
            onGrant(NotificationEvents.RECOVERY_ISSUED, RecoveryIssued.class, RecoveryIssued::grant,
                    (r, values, id) -> values.put("amount", French.amount(r.amount()))
                            .put("finalAmount", French.amount(r.finalAmount()))
                            .put("paidAmount", French.amount(r.paidAmount())).put("reason", r.reason())
                            .put("issuedAt", French.date(r.issuedAt())))
                    .tellMembers(MessageKind.RECOVERY_ISSUED, EMAIL_AND_NOTICE),
            onGrant(NotificationEvents.LAPSE_WARNING, LapseWarning.class, LapseWarning::grant,
                    (w, values, id) -> values.put("lapseDate", French.date(required(w.lapseDate(), id, "the lapse date")))
                            .put("daysLeft", w.daysLeft()))
                    .tellMembers(MessageKind.LAPSE_WARNING, EMAIL_AND_NOTICE),
            onGrant(NotificationEvents.LAPSED, Lapsed.class, Lapsed::grant,
                    (l, values, id) -> values.put("lapseDate", French.date(l.lapseDate())))
                    .tellMembers(MessageKind.GRANT_LAPSED, EMAIL_AND_NOTICE));

    private NotificationRules() {
    }

    /** The rules as a consumer applies them: each event's messages read first, then told once. */
    static EventHandlers handlers(List<Rule<?>> rules, NotificationService notifications, ReminderService reminders,
            Members members) {
        return builder(rules, notifications, reminders, members).build();
    }

    static EventHandlers.Builder builder(List<Rule<?>> rules, NotificationService notifications,
            ReminderService reminders, Members members) {
        EventHandlers.Builder handlers = EventHandlers.builder();
        rules.forEach(rule -> rule.addTo(handlers, notifications, reminders, members));
        return handlers;
    }

    /**
     * The current members of an applicant organisation (the organisation-contacts projection); fails
     * with a retryable error while the organisation's record has not arrived.
     */
    @FunctionalInterface
    interface Members {
        List<Person> of(UUID organisationId);
    }

    /** Who a message goes to, from the event and, looked up only if asked, the organisation's members. */
    @FunctionalInterface
    interface Who<P> {
        List<Person> of(P payload, Supplier<List<Person>> organisationMembers);
    }

    /** Reads a value from an event's payload; {@code eventId} names the event a missing value makes poison. */
    @FunctionalInterface
    interface Read<P, R> {
        R apply(P payload, String eventId);
    }

    /** Adds to the values every message of a rule shows. */
    @FunctionalInterface
    interface Shows<P> {
        Values add(P payload, Values values, String eventId);
    }

    /** What else the event changes, in the same transaction as the messages. */
    @FunctionalInterface
    interface FollowUp<P> {
        void apply(P payload, Announcement told, ReminderService reminders);
    }

    /** {@code toMembers}: told to the organisation's members, so the event must name its organisation. */
    record Tell<P>(Predicate<P> when, Audience audience, MessageKind kind, Reach reach, Who<P> who,
            boolean toMembers) {

        boolean applies(P payload) {
            return when.test(payload);
        }

        Message message(P payload, Map<String, Object> values, Supplier<List<Person>> organisationMembers) {
            return switch (reach) {
                case EMAIL_AND_NOTICE -> Message.toPeople(kind, audience, who.of(payload, organisationMembers), values);
                case NOTICE_ONLY -> Message.noticeOnly(kind, audience, who.of(payload, organisationMembers), values);
                case TEAM_MAILBOX -> Message.toTeam(kind, audience, values);
            };
        }
    }

    /** One row of the table: an event type, what its messages show, who is told, what else it changes. */
    static final class Rule<P> {

        final EventType event;
        final Class<P> payloadType;
        private final Read<P, UUID> file;
        private final Read<P, UUID> organisation;
        private final Read<P, Values> values;
        final List<Tell<P>> tells = new ArrayList<>();
        private FollowUp<P> followUp = (payload, told, reminders) -> {
        };

        /** {@code organisation}: the applicant organisation the event names, or null. */
        Rule(EventType event, Class<P> payloadType, Read<P, UUID> file, Read<P, UUID> organisation,
                Read<P, Values> values) {
            this.event = event;
            this.payloadType = payloadType;
            this.file = file;
            this.organisation = organisation;
            this.values = values;
        }

        Rule<P> tell(Audience audience, MessageKind kind, Reach reach, Function<P, List<Person>> who) {
            return tellIf(payload -> true, audience, kind, reach, who);
        }

        Rule<P> tellIf(Predicate<P> when, Audience audience, MessageKind kind, Reach reach,
                Function<P, List<Person>> who) {
            tells.add(new Tell<>(when, audience, kind, reach, (payload, members) -> who.apply(payload), false));
            return this;
        }

        /** The applicant organisation's current members are told. */
        Rule<P> tellMembers(MessageKind kind, Reach reach) {
            return tellMembersIf(payload -> true, kind, reach);
        }

        Rule<P> tellMembersIf(Predicate<P> when, MessageKind kind, Reach reach) {
            tells.add(new Tell<>(when, APPLICANT, kind, reach, (payload, members) -> members.get(), true));
            return this;
        }

        /** The applicants the event and the organisation's members make together. */
        Rule<P> tellWith(Audience audience, MessageKind kind, Reach reach, Who<P> who) {
            tells.add(new Tell<>(payload -> true, audience, kind, reach, who, false));
            return this;
        }

        Rule<P> tellTeam(Audience team, MessageKind kind) {
            return tell(team, kind, Reach.TEAM_MAILBOX, payload -> List.of());
        }

        Rule<P> then(FollowUp<P> followUp) {
            this.followUp = followUp;
            return this;
        }

        /**
         * Reads what the event says (a value missing makes it poison, found before any transaction) and
         * returns how to tell it once the organisation's members are looked up, in the inbox's transaction.
         */
        Function<Members, Announcement> read(P payload, String eventId) {
            UUID applicationId = file.apply(payload, eventId);
            UUID organisationId = organisation.apply(payload, eventId);
            Map<String, Object> shown = values.apply(payload, eventId).map();
            List<Tell<P>> applying = tells.stream().filter(tell -> tell.applies(payload)).toList();
            if (organisationId == null && applying.stream().anyMatch(Tell::toMembers)) {
                throw new PoisonEventException("event " + eventId + " names no organisation whose members to tell");
            }
            return members -> {
                Supplier<List<Person>> organisationMembers = once(
                        () -> organisationId == null ? List.of() : members.of(organisationId));
                return new Announcement(applicationId, applying.stream()
                        .map(tell -> tell.message(payload, shown, organisationMembers)).toList());
            };
        }

        Announcement announcement(P payload, String eventId, Members members) {
            return read(payload, eventId).apply(members);
        }

        void addTo(EventHandlers.Builder handlers, NotificationService notifications, ReminderService reminders,
                Members members) {
            // Notices, e-mails queued (MailDispatcher sends them after the commit), reminders and failure events
            // through the outbox: rows of this database only, so the rule shares its poll's transaction.
            handlers.on(event, payloadType, OWN_ROWS_ONLY, (inbound, payload) -> {
                Function<Members, Announcement> telling = read(payload, inbound.id());
                return () -> {
                    Announcement told = telling.apply(members);
                    notifications.announce(inbound.id(), inbound.type().shortName(), told);
                    followUp.apply(payload, told, reminders);
                };
            });
        }
    }

    /** A rule about a file: the event must name it, and every message shows its reference and title. */
    private static <P> Rule<P> onFile(EventType event, Class<P> payloadType, Function<P, FileRef> fileOf,
            Shows<P> shows) {
        return new Rule<>(event, payloadType, (p, id) -> required(fileOf.apply(p), id, "the file").applicationId(),
                (p, id) -> required(fileOf.apply(p), id, "the file").organisationId(),
                (p, id) -> shows.add(p, Values.of(required(fileOf.apply(p), id, "the file")), id));
    }

    /** A rule about a grant: the event must name it, and every message shows its file and deliberation. */
    private static <P> Rule<P> onGrant(EventType event, Class<P> payloadType, Function<P, GrantRef> grantOf,
            Shows<P> shows) {
        return new Rule<>(event, payloadType, (p, id) -> required(grantOf.apply(p), id, "the grant").applicationId(),
                (p, id) -> required(grantOf.apply(p), id, "the grant").organisationId(),
                (p, id) -> shows.add(p, Values.of(required(grantOf.apply(p), id, "the grant")), id));
    }

    /** A decision or a withdrawal ends what the applicant was asked: pending reminders are dropped. */
    private static <P> FollowUp<P> endOfFile(Function<P, FileRef> fileOf, String reason) {
        return (payload, told, reminders) -> reminders.cancelAllOfApplication(fileOf.apply(payload).applicationId(),
                reason);
    }

    private static boolean closedAsIncomplete(Closed closed) {
        return "INCOMPLETE".equals(closed.reason());
    }

    /** A legal clock's alert: the file's officer is told; a file nobody instructs yet goes to the managers' mailbox. */
    private static Rule<ClockAlert> clockAlert(EventType event, MessageKind kind) {
        return onFile(event, ClockAlert.class, ClockAlert::file,
                (a, values, id) -> values.put("deadline", a.deadline() == null ? null : French.date(a.deadline()))
                        .put("implicitDecisionOn", a.implicitDecisionOn() == null ? null
                                : French.date(a.implicitDecisionOn()))
                        .put("daysLeft", a.daysLeft()))
                .tellIf(a -> !person(a.officer()).isEmpty(), OFFICER, kind, EMAIL_AND_NOTICE, a -> person(a.officer()))
                .tellIf(a -> person(a.officer()).isEmpty(), MANAGERS, kind, Reach.TEAM_MAILBOX, a -> List.of());
    }

    /** The organisation's members, and the member who submitted even when the event names no file. */
    private static List<Person> submitters(Submitted s, Supplier<List<Person>> organisationMembers) {
        List<Person> people = new ArrayList<>(organisationMembers.get());
        if (s.submittedBy() != null && people.stream().noneMatch(p -> p.subject().equals(s.submittedBy()))) {
            people.add(0, new Person(s.submittedBy(), null, null));
        }
        return people;
    }

    /** Looks up at most once, and only if asked. */
    private static <T> Supplier<T> once(Supplier<T> lookup) {
        return new Supplier<>() {
            private T found;

            @Override
            public T get() {
                if (found == null) {
                    found = lookup.get();
                }
                return found;
            }
        };
    }

    private static PaymentRef payment(PaymentRef payment, String eventId) {
        return required(payment, eventId, "the payment");
    }

    /** A kind of payment the contract does not know cannot be told by any retry: the event is poison. */
    private static PaymentKind paymentKind(String kind, String eventId) {
        try {
            return PaymentKind.valueOf(required(kind, eventId, "the payment's kind"));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("event " + eventId + " names an unknown payment kind " + kind);
        }
    }
}
