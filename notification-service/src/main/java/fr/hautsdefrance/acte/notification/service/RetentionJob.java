package fr.hautsdefrance.acte.notification.service;

import fr.hautsdefrance.acte.notification.domain.MessageKind;
import fr.hautsdefrance.acte.notification.domain.RetentionRun;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.retention.RetentionPeriods;
import fr.hautsdefrance.acte.web.retention.RetentionSchedule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Applies the retention schedule (docs/retention.md) to this service's personal data: notices are
 * deleted and the e-mail log loses its addresses, names and texts once their period has run; reminders
 * long closed and the addresses of people nothing is kept about any more go too. Works in batches, each
 * its own transaction, on rows chosen by their age alone: a run repeated, or run by two replicas at
 * once, removes nothing twice and leaves the same result; each run is reported.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** Rows per transaction: short locks on tables the consumers write to. */
    private static final int BATCH = 1000;
    private static final String DRAFT_WARNING = MessageKind.DRAFT_EXPIRING.name();

    private final EntityManager entityManager;
    private final Clock clock;
    private final RetentionSchedule schedule;

    @Inject
    public RetentionJob(EntityManager entityManager, Clock clock, RetentionPeriods periods) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.schedule = RetentionSchedule.of(periods);
    }

    @Scheduled(cron = "${acte.notification.retention.cron:0 15 3 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Applies the schedule as of the service's clock; returns the run's report, also kept and logged. */
    public RetentionRun run() {
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        LocalDate today = RegionCalendar.dayOf(startedAt);
        OffsetDateTime filesBefore = startOfDayAfter(schedule.noticesDueUpTo(today, false));
        OffsetDateTime draftWarningsBefore = startOfDayAfter(schedule.noticesDueUpTo(today, true));
        Steps steps = new Steps();
        int notices = steps.count("notices", () -> inBatches("""
                delete from notification where id in (select id from notification
                 where (kind <> ?1 and created_at < ?2) or (kind = ?1 and created_at < ?3) limit %d)""",
                DRAFT_WARNING, filesBefore, draftWarningsBefore));
        // E-mails still to send (or held for a digest) are never erased, whatever their age.
        int deliveries = steps.count("e-mails", () -> inBatches("""
                update delivery set address = null, recipient_name = null, subject_line = null, text_body = null,
                 html_body = null, last_error = null, erased_at = ?4, version = version + 1
                 where id in (select id from delivery where erased_at is null
                  and status in ('SENT', 'DIGESTED', 'FAILED') and ((kind <> ?1 and created_at < ?2) or (kind = ?1 and created_at < ?3))
                  limit %d for update skip locked)""",
                DRAFT_WARNING, filesBefore, draftWarningsBefore, startedAt));
        int reminders = steps.count("reminders", () -> inBatches("""
                delete from reminder where id in (select id from reminder
                 where status <> 'SCHEDULED' and closed_at < ?1 limit %d)""", filesBefore));
        // Last: a person is forgotten once no notice nor e-mail text names them any more.
        int recipients = steps.count("recipients", () -> inBatches("""
                delete from recipient where subject in (select r.subject from recipient r
                 where r.updated_at < ?1
                  and not exists (select 1 from notification n where n.recipient_subject = r.subject)
                  and not exists (select 1 from delivery d where d.recipient_subject = r.subject
                                   and d.erased_at is null)
                 limit %d)""", filesBefore));
        RetentionRun report = RetentionRun.of(startedAt, OffsetDateTime.now(clock), notices, deliveries, reminders,
                recipients, steps.failures);
        QuarkusTransaction.requiringNew().run(report::persist);
        LOG.infof("Retention run: %s", report);
        return report;
    }

    /**
     * Runs the statement (its {@code %d} is the batch's size, its {@code ?n} the parameters), a batch
     * per transaction, until a batch finds less than a full batch to do; returns the rows it changed.
     */
    private int inBatches(String statement, Object... parameters) {
        String batch = statement.formatted(BATCH);
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> {
                var query = entityManager.createNativeQuery(batch);
                for (int i = 0; i < parameters.length; i++) {
                    query.setParameter(i + 1, parameters[i]);
                }
                return query.executeUpdate();
            });
            total += done;
        } while (done == BATCH);
        return total;
    }

    private static OffsetDateTime startOfDayAfter(LocalDate day) {
        return day.plusDays(1).atStartOfDay(French.PARIS).toOffsetDateTime();
    }

    /** One step failing (logged) leaves the others to run; it is tried again at the next run. */
    private static final class Steps {

        int failures;

        int count(String what, java.util.function.IntSupplier step) {
            try {
                return step.getAsInt();
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf(e, "Retention: %s left as they are, tried again at the next run", what);
                return 0;
            }
        }
    }
}
