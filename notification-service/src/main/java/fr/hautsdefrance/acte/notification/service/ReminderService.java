package fr.hautsdefrance.acte.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.notification.config.NotificationConfig;
import fr.hautsdefrance.acte.notification.domain.Audience;
import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.domain.Reminder;
import fr.hautsdefrance.acte.web.RegionCalendar;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reminders of what an applicant must do by a date (answer an information request). Scheduled when
 * the request arrives, cancelled when the answer (or the end of the file) arrives first, sent by a
 * daily run that any number of replicas may start: each due reminder is locked by the one that takes
 * it ({@code skip locked}), and its messages are keyed by the reminder, so it is sent once.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    private static final String REMINDER_EVENT_TYPE = "notification.reminder";

    private final NotificationService notifications;
    private final OrganisationDirectory directory;
    private final NotificationConfig config;
    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public ReminderService(NotificationService notifications, OrganisationDirectory directory,
            NotificationConfig config, EntityManager entityManager, ObjectMapper mapper, Clock clock) {
        this.notifications = notifications;
        this.directory = directory;
        this.config = config;
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Who a reminder goes to and what it says, kept with it: the applicant organisation, whose members
     * at the time of sending are reminded ({@code people} only in reminders scheduled before the
     * organisation was kept: the people then named).
     */
    public record Context(UUID organisationId, List<Person> people, Map<String, Object> values) {

        public Context {
            people = people == null ? List.of() : List.copyOf(people);
        }

        public static Context ofMembers(UUID organisationId, Map<String, Object> values) {
            return new Context(organisationId, List.of(), values);
        }
    }

    /** One reminder per configured threshold still ahead (or due today) of the deadline. */
    @Transactional
    public int scheduleInformationReminders(UUID requestId, UUID applicationId, LocalDate deadline, Context context) {
        LocalDate today = RegionCalendar.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int scheduled = 0;
        for (int daysBefore : config.reminders().informationRequestDaysBefore()) {
            if (deadline.minusDays(daysBefore).isBefore(today)
                    || Reminder.count("awaitedId = ?1 and daysBefore = ?2", requestId, daysBefore) > 0) {
                continue;
            }
            Reminder.of(MessageKind.INFORMATION_REMINDER, requestId, applicationId, deadline, daysBefore,
                    write(context), now).persist();
            scheduled++;
        }
        return scheduled;
    }

    /** The awaited answer arrived: its reminders are not sent. */
    @Transactional
    public void cancelFor(UUID awaitedId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Reminder.<Reminder>list("awaitedId = ?1 and status = ?2", awaitedId, Reminder.Status.SCHEDULED)
                .forEach(r -> r.cancel(reason, now));
    }

    /** The file ended (withdrawn, decided): nothing more is awaited from the applicant. */
    @Transactional
    public void cancelAllOfApplication(UUID applicationId, String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Reminder.<Reminder>list("applicationId = ?1 and status = ?2", applicationId, Reminder.Status.SCHEDULED)
                .forEach(r -> r.cancel(reason, now));
    }

    @Scheduled(cron = "${acte.notification.reminders.cron:0 0 7 * * ?}", timeZone = "Europe/Paris",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int sent = sendDue(RegionCalendar.today(clock));
        LOG.infof("Reminders: %d sent", sent);
    }

    /** Sends the reminders due by {@code today}; returns how many were sent. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sendDue(LocalDate today) {
        List<UUID> due = entityManager.createNativeQuery("select id from reminder where status = 'SCHEDULED' "
                + "and due_on <= ?1 order by due_on for update skip locked", UUID.class)
                .setParameter(1, today).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int sent = 0;
        for (UUID id : due) {
            Reminder reminder = entityManager.find(Reminder.class, id);
            int daysLeft = (int) ChronoUnit.DAYS.between(today, reminder.deadline);
            if (daysLeft < 0) {
                // Sent this late, it would remind of a deadline already past.
                reminder.cancel("échéance dépassée avant l'envoi", now);
                continue;
            }
            Context context = read(reminder.context);
            Map<String, Object> values = new HashMap<>(context.values());
            values.put("daysLeft", daysLeft);
            reminder.markSent(now);
            notifications.announce("reminder:" + reminder.id, REMINDER_EVENT_TYPE, Announcement.of(
                    reminder.applicationId, Announcement.Message.toPeople(reminder.kind, Audience.APPLICANT,
                            remindedOf(context), values)));
            sent++;
        }
        return sent;
    }

    /** The organisation's members today: someone who left since the request is not reminded. */
    private List<Person> remindedOf(Context context) {
        return context.organisationId() == null ? context.people()
                : directory.knownMembersOf(context.organisationId()).orElse(context.people());
    }

    @Transactional
    public List<Reminder> remindersOf(UUID awaitedId) {
        return Reminder.list("awaitedId = ?1 order by daysBefore desc", awaitedId);
    }

    private String write(Context context) {
        try {
            return mapper.writeValueAsString(context);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Context read(String json) {
        try {
            return mapper.readValue(json, Context.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable reminder context: " + e.getOriginalMessage(), e);
        }
    }
}
