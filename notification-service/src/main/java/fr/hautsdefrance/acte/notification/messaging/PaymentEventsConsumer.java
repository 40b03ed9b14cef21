package fr.hautsdefrance.acte.notification.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.messaging.EventType;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.service.Announcement;
import fr.hautsdefrance.acte.notification.service.Announcement.Message;
import fr.hautsdefrance.acte.notification.service.French;
import fr.hautsdefrance.acte.notification.service.NotificationService;
import fr.hautsdefrance.acte.notification.service.Person;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.notification.messaging.Values.people;
import static fr.hautsdefrance.acte.notification.messaging.Values.person;
import static fr.hautsdefrance.acte.notification.messaging.Values.required;

/**
 * What the beneficiary is told about their grant: schedule, payments, rejections, recovery orders and
 * the lapse reminders payment-service decides (it knows whether a payment was requested); the finance
 * team's mailbox hears of each payment request. Each event once, whatever the redeliveries.
 */
@ApplicationScoped
public class PaymentEventsConsumer {

    static final String CHANNEL = "payment-events";
    private static final Logger LOG = Logger.getLogger(PaymentEventsConsumer.class);

    private final Inbox inbox;
    private final NotificationService notifications;
    private final ObjectMapper mapper;

    @Inject
    public PaymentEventsConsumer(Inbox inbox, NotificationService notifications, ObjectMapper mapper) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, this::consume);
    }

    void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        Announcement announcement = announcementOf(event);
        if (announcement == null) {
            LOG.debugf("Event %s (%s) tells nobody anything", event.id(), event.type());
            return;
        }
        inbox.processOnce(CHANNEL, event, e -> notifications.announce(e.id(), e.type().shortName(), announcement));
    }

    private Announcement announcementOf(InboundEvent event) {
        EventType type = event.type();
        String id = event.id();
        if (type.equals(NotificationEvents.PAYMENT_SCHEDULED)) {
            InboundPayloads.PaymentScheduled s = event.dataAs(InboundPayloads.PaymentScheduled.class, mapper);
            InboundPayloads.GrantRef grant = required(s.grant(), id, "the grant");
            List<String> plan = s.payments() == null ? List.of() : s.payments().stream()
                    .map(p -> label(p.kind(), p.sequence()) + (p.plannedAmount() == null ? " : sur état des dépenses"
                            : " : " + French.amount(p.plannedAmount()))).toList();
            return toMembers(grant, MessageKind.PAYMENT_SCHEDULED, s.contacts(), Values.of(grant)
                    .put("awardedAmount", French.amount(grant.awardedAmount())).put("plan", plan)
                    .put("lapseDate", French.date(s.lapseDate())));
        }
        if (type.equals(NotificationEvents.PAYMENT_REQUESTED)) {
            InboundPayloads.PaymentRequested r = event.dataAs(InboundPayloads.PaymentRequested.class, mapper);
            InboundPayloads.GrantRef grant = required(r.grant(), id, "the grant");
            InboundPayloads.PaymentRef payment = required(r.payment(), id, "the payment");
            Values values = Values.of(grant).put("label", payment.label())
                    .put("requestedAmount", French.amount(r.requestedAmount()))
                    .put("requestedByName", r.requestedByName()).put("requestedAt", French.dateTime(r.requestedAt()));
            // The statement is the officer's to review (liquidation), not finance's; without a known officer
            // (grants opened before it was carried) the managers dispatch it.
            List<Person> officer = person(r.officer());
            Message review = officer.isEmpty()
                    ? Message.toTeam(MessageKind.PAYMENT_REQUEST_FOR_MANAGERS, Audience.MANAGERS, values.map())
                    : Message.toPeople(MessageKind.PAYMENT_REQUEST_FOR_OFFICER, Audience.OFFICER, officer, values.map());
            return new Announcement(grant.applicationId(), List.of(
                    Message.noticeOnly(MessageKind.PAYMENT_REQUESTED, Audience.APPLICANT, people(r.contacts()),
                            values.map()), review));
        }
        if (type.equals(NotificationEvents.PAYMENT_LIQUIDATED)) {
            InboundPayloads.PaymentLiquidated l = event.dataAs(InboundPayloads.PaymentLiquidated.class, mapper);
            InboundPayloads.GrantRef grant = required(l.grant(), id, "the grant");
            InboundPayloads.PaymentRef payment = required(l.payment(), id, "the payment");
            return Announcement.of(grant.applicationId(), Message.toTeam(MessageKind.LIQUIDATION_FOR_FINANCE,
                    Audience.FINANCE, Values.of(grant).put("label", payment.label())
                            .put("amount", French.amount(payment.amount()))
                            .put("acceptedEligibleBase", French.amount(l.acceptedEligibleBase()))
                            .put("liquidatedAt", French.dateTime(l.liquidatedAt())).map()));
        }
        if (type.equals(NotificationEvents.PAYMENT_ORDERED)) {
            InboundPayloads.PaymentOrdered o = event.dataAs(InboundPayloads.PaymentOrdered.class, mapper);
            InboundPayloads.GrantRef grant = required(o.grant(), id, "the grant");
            InboundPayloads.PaymentRef payment = required(o.payment(), id, "the payment");
            return new Announcement(grant.applicationId(), List.of(Message.noticeOnly(MessageKind.PAYMENT_ORDERED,
                    Audience.APPLICANT, people(o.contacts()), Values.of(grant).put("label", payment.label())
                            .put("amount", French.amount(payment.amount()))
                            .put("executionDate", French.date(o.requestedExecutionDate()))
                            .put("accountEnding", o.accountEnding()).map())));
        }
        if (type.equals(NotificationEvents.PAYMENT_PAID)) {
            InboundPayloads.PaymentPaid p = event.dataAs(InboundPayloads.PaymentPaid.class, mapper);
            InboundPayloads.GrantRef grant = required(p.grant(), id, "the grant");
            InboundPayloads.PaymentRef payment = required(p.payment(), id, "the payment");
            return toMembers(grant, MessageKind.PAYMENT_PAID, p.contacts(), Values.of(grant)
                    .put("label", payment.label()).put("amount", French.amount(payment.amount()))
                    .put("paidAt", French.date(p.paidAt())).put("withoutTransfer", p.withoutTransfer())
                    .put("totalPaid", French.amount(p.totalPaid())).put("grantClosed", p.grantClosed())
                    .put("finalAmount", French.amount(p.finalAmount())));
        }
        if (type.equals(NotificationEvents.PAYMENT_REJECTED)) {
            InboundPayloads.PaymentRejected r = event.dataAs(InboundPayloads.PaymentRejected.class, mapper);
            InboundPayloads.GrantRef grant = required(r.grant(), id, "the grant");
            InboundPayloads.PaymentRef payment = required(r.payment(), id, "the payment");
            List<String> lines = r.rejectedLines() == null ? List.of() : r.rejectedLines().stream()
                    .map(l -> l.label() + " (" + French.amount(l.realisedAmount()) + ")"
                            + (l.comment() == null || l.comment().isBlank() ? "" : " : " + l.comment())).toList();
            return toMembers(grant, MessageKind.PAYMENT_REJECTED, r.contacts(), Values.of(grant)
                    .put("label", payment.label()).put("reason", r.reason()).put("byBank", r.byBank())
                    .put("rejectedLines", lines));
        }
        if (type.equals(NotificationEvents.RECOVERY_ISSUED)) {
            InboundPayloads.RecoveryIssued r = event.dataAs(InboundPayloads.RecoveryIssued.class, mapper);
            InboundPayloads.GrantRef grant = required(r.grant(), id, "the grant");
            return toMembers(grant, MessageKind.RECOVERY_ISSUED, r.contacts(), Values.of(grant)
                    .put("amount", French.amount(r.amount())).put("finalAmount", French.amount(r.finalAmount()))
                    .put("paidAmount", French.amount(r.paidAmount())).put("reason", r.reason())
                    .put("issuedAt", French.date(r.issuedAt())));
        }
        if (type.equals(NotificationEvents.LAPSE_WARNING)) {
            InboundPayloads.LapseWarning w = event.dataAs(InboundPayloads.LapseWarning.class, mapper);
            InboundPayloads.GrantRef grant = required(w.grant(), id, "the grant");
            return toMembers(grant, MessageKind.LAPSE_WARNING, w.contacts(), Values.of(grant)
                    .put("lapseDate", French.date(required(w.lapseDate(), id, "the lapse date")))
                    .put("daysLeft", w.daysLeft()));
        }
        if (type.equals(NotificationEvents.LAPSED)) {
            InboundPayloads.Lapsed l = event.dataAs(InboundPayloads.Lapsed.class, mapper);
            InboundPayloads.GrantRef grant = required(l.grant(), id, "the grant");
            return toMembers(grant, MessageKind.GRANT_LAPSED, l.contacts(), Values.of(grant)
                    .put("lapseDate", French.date(l.lapseDate())));
        }
        return null;
    }

    private static Announcement toMembers(InboundPayloads.GrantRef grant, MessageKind kind,
            List<InboundPayloads.Contact> contacts, Values values) {
        return Announcement.of(grant.applicationId(), Message.toPeople(kind, Audience.APPLICANT, people(contacts),
                values.map()));
    }

    /** avance, acompte n° 2, solde: as the schedule names its payments. */
    private static String label(String kind, Integer sequence) {
        if ("ADVANCE".equals(kind)) {
            return "Avance";
        }
        if ("BALANCE".equals(kind)) {
            return "Solde";
        }
        return "Acompte n° " + (sequence == null ? "" : sequence);
    }
}
