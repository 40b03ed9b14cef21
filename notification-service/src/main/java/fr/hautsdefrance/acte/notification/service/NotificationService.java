package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.messaging.TraceContext;
import fr.hautsdefrance.acte.notification.config.NotificationConfig;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.Channel;
import fr.hautsdefrance.acte.notification.domain.Delivery;
import fr.hautsdefrance.acte.notification.domain.DeliveryStatus;
import fr.hautsdefrance.acte.notification.domain.EmailMode;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.domain.Notification;
import fr.hautsdefrance.acte.notification.domain.Preference;
import fr.hautsdefrance.acte.notification.domain.Recipient;
import fr.hautsdefrance.acte.notification.messaging.NotificationEvents;
import fr.hautsdefrance.acte.notification.messaging.NotificationPayloads;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns what happened into messages: an in-app notice and an e-mail per person concerned, each at
 * most once per (event, recipient, channel). E-mails are only queued here, in the caller's
 * transaction; {@link MailDispatcher} sends them after the commit.
 */
@ApplicationScoped
public class NotificationService {

    static final String MANAGERS_SUBJECT = "team:managers";
    static final String FINANCE_SUBJECT = "team:finance";

    private final MessageRenderer renderer;
    private final NotificationConfig config;
    private final Outbox outbox;
    private final Event<MailDispatcher.MailQueued> queued;
    private final Clock clock;
    private final TraceContext traces;
    private final MailTexts texts;

    @Inject
    public NotificationService(MessageRenderer renderer, NotificationConfig config, Outbox outbox,
            Event<MailDispatcher.MailQueued> queued, Clock clock, TraceContext traces, MailTexts texts) {
        this.traces = traces;
        this.texts = texts;
        this.renderer = renderer;
        this.config = config;
        this.outbox = outbox;
        this.queued = queued;
        this.clock = clock;
    }

    /** Tells everyone the announcement names; what was already told for this event id is not told again. */
    @Transactional
    public void announce(String eventId, String eventType, Announcement announcement) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean mailQueued = false;
        for (Announcement.Message message : announcement.messages()) {
            for (Person person : recipientsOf(message, now)) {
                Map<String, Object> values = new HashMap<>(message.values());
                values.put("portalUrl", config.portalUrl());
                values.put("recipientName", person.name() == null ? "" : person.name());
                MessageRenderer.Rendered rendered = renderer.render(message.kind(), values);
                if (message.inApp() && Notification.count("eventId = ?1 and recipientSubject = ?2", eventId,
                        person.subject()) == 0) {
                    Notification.of(person.subject(), eventId, message.kind().name(), rendered.subject(),
                            rendered.notice(), announcement.applicationId(), now).persist();
                }
                if (message.emailed() && Delivery.count("eventId = ?1 and recipientSubject = ?2 and channel = ?3",
                        eventId, person.subject(), Channel.EMAIL) == 0) {
                    Delivery delivery = Delivery.of(eventId, eventType, person.subject(), person.name(),
                            person.email(), message.kind(), message.audience(), announcement.applicationId(),
                            rendered.subject(), rendered.text(), rendered.html(), deferred(message, person), now);
                    delivery.traceparent = traces.currentTraceParent();
                    delivery.persist();
                    if (delivery.status() == DeliveryStatus.FAILED) {
                        outbox.publish(NotificationEvents.FAILED, NotificationPayloads.keyOf(delivery),
                                NotificationPayloads.Failed.of(delivery));
                    }
                    mailQueued |= delivery.status() == DeliveryStatus.PENDING;
                }
            }
        }
        if (mailQueued) {
            queued.fire(new MailDispatcher.MailQueued());
        }
    }

    /**
     * The people of a message, each once, with the best address known; a team is its mailbox.
     * Addresses given by the event are remembered, for the events that will name the person without one.
     */
    private List<Person> recipientsOf(Announcement.Message message, OffsetDateTime now) {
        if (message.audience() == Audience.MANAGERS) {
            return config.teams().managers().map(m -> List.of(new Person(MANAGERS_SUBJECT, m,
                    texts.audience(Audience.MANAGERS))))
                    .orElse(List.of());
        }
        if (message.audience() == Audience.FINANCE) {
            return config.teams().finance().map(m -> List.of(new Person(FINANCE_SUBJECT, m,
                    texts.audience(Audience.FINANCE))))
                    .orElse(List.of());
        }
        Map<String, Person> people = new LinkedHashMap<>();
        for (Person person : message.people()) {
            Recipient known = learn(person.subject(), person.email(), person.name(), now);
            people.putIfAbsent(person.subject(), new Person(person.subject(), known.email(), known.displayName()));
        }
        return new ArrayList<>(people.values());
    }

    /** Only officers may defer their e-mails; what the law requires the applicant be told never waits. */
    private static boolean deferred(Announcement.Message message, Person person) {
        if (message.audience() != Audience.OFFICER || message.kind() == MessageKind.OFFICER_DIGEST) {
            return false;
        }
        return Preference.<Preference>findByIdOptional(person.subject())
                .map(p -> p.emailMode() == EmailMode.DIGEST).orElse(false);
    }

    private Recipient learn(String subject, String email, String name, OffsetDateTime now) {
        Recipient recipient = Recipient.<Recipient>findByIdOptional(subject).orElse(null);
        if (recipient == null) {
            recipient = Recipient.of(subject, now);
            recipient.learn(email, name, now);
            recipient.persist();
        } else {
            recipient.learn(email, name, now);
        }
        return recipient;
    }

    /**
     * The caller's own token vouches for their address (officers' e-mails are addressed from it), as
     * application-service does for a new member of an organisation; only verified addresses come.
     */
    @Transactional
    public void rememberCaller(String subject, String email, String name) {
        learn(subject, email, name, OffsetDateTime.now(clock));
    }

    public List<Notification> listFor(String recipient) {
        return Notification.list("recipientSubject", Sort.descending("createdAt"), recipient);
    }

    public long unreadCount(String recipient) {
        return Notification.count("recipientSubject = ?1 and readAt is null", recipient);
    }

    /** Empty when the notice does not exist or belongs to someone else. */
    @Transactional
    public Optional<Notification> markRead(UUID id, String recipient) {
        Optional<Notification> notification = Notification.<Notification>findByIdOptional(id)
                .filter(n -> n.recipientSubject.equals(recipient));
        notification.ifPresent(n -> n.markRead(OffsetDateTime.now(clock)));
        return notification;
    }

    public EmailMode emailModeOf(String subject) {
        return Preference.<Preference>findByIdOptional(subject).map(Preference::emailMode).orElse(EmailMode.IMMEDIATE);
    }

    /** Records the choice; the caller has checked that this person may defer e-mails. */
    @Transactional
    public EmailMode chooseEmailMode(String subject, EmailMode mode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Preference.<Preference>findByIdOptional(subject).ifPresentOrElse(p -> p.choose(mode, now),
                () -> Preference.of(subject, mode, now).persist());
        return mode;
    }

    /** E-mails given up, newest first: what admins must look at. */
    public List<Delivery> failedDeliveries(int limit) {
        return Delivery.<Delivery>find("status", Sort.descending("failedAt"), DeliveryStatus.FAILED).page(0, limit)
                .list();
    }

    public Optional<Delivery> delivery(UUID id) {
        return Delivery.findByIdOptional(id);
    }

    /** An admin asks for a failed e-mail to be sent again, to the person's latest known address. */
    @Transactional
    public Optional<Delivery> retry(UUID id) {
        Optional<Delivery> delivery = Delivery.<Delivery>findByIdOptional(id);
        delivery.ifPresent(d -> {
            String latest = Recipient.<Recipient>findByIdOptional(d.recipientSubject).map(Recipient::email)
                    .orElse(null);
            d.retry(latest, OffsetDateTime.now(clock));
            queued.fire(new MailDispatcher.MailQueued());
        });
        return delivery;
    }
}
