package fr.hautsdefrance.acte.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report of one run of the retention job: when, and what it removed (docs/retention.md); the
 * same shape as the other services' reports, with this service's counts.
 */
@Entity
@Table(name = "retention_run")
public class RetentionRun extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    public OffsetDateTime startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    public OffsetDateTime finishedAt;

    /** In-app notices deleted. */
    @Column(name = "notices_deleted", nullable = false, updatable = false)
    public int noticesDeleted;

    /** E-mails of the log whose address, name and texts were erased. */
    @Column(name = "deliveries_erased", nullable = false, updatable = false)
    public int deliveriesErased;

    /** Reminders sent or cancelled long ago, with the people they named, deleted. */
    @Column(name = "reminders_deleted", nullable = false, updatable = false)
    public int remindersDeleted;

    /** Addresses of people nothing is kept about any more, deleted. */
    @Column(name = "recipients_deleted", nullable = false, updatable = false)
    public int recipientsDeleted;

    @Column(nullable = false, updatable = false)
    public int failures;

    protected RetentionRun() {
    }

    public static RetentionRun of(OffsetDateTime startedAt, OffsetDateTime finishedAt, int noticesDeleted,
            int deliveriesErased, int remindersDeleted, int recipientsDeleted, int failures) {
        RetentionRun run = new RetentionRun();
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        run.noticesDeleted = noticesDeleted;
        run.deliveriesErased = deliveriesErased;
        run.remindersDeleted = remindersDeleted;
        run.recipientsDeleted = recipientsDeleted;
        run.failures = failures;
        return run;
    }

    /** The latest runs first. */
    public static List<RetentionRun> latest(int count) {
        return RetentionRun.<RetentionRun>findAll(Sort.descending("id")).page(Page.ofSize(count)).list();
    }

    @Override
    public String toString() {
        return "notices deleted=" + noticesDeleted + ", deliveries erased=" + deliveriesErased + ", reminders deleted="
                + remindersDeleted + ", recipients deleted=" + recipientsDeleted + ", failures=" + failures
                + ", started=" + startedAt + ", finished=" + finishedAt;
    }
}
