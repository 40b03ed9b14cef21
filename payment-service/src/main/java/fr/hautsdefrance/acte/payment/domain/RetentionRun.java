package fr.hautsdefrance.acte.payment.domain;

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
 * The report of one run of the retention job: when, and what it did (docs/retention.md); the same
 * shape as the other services' reports, with this service's count.
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

    /** Grants whose bank details (and the payments' copies of them) were erased. */
    @Column(name = "bank_details_erased", nullable = false, updatable = false)
    public int bankDetailsErased;

    @Column(nullable = false, updatable = false)
    public int failures;

    protected RetentionRun() {
    }

    public static RetentionRun of(OffsetDateTime startedAt, OffsetDateTime finishedAt, int bankDetailsErased,
            int failures) {
        RetentionRun run = new RetentionRun();
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        run.bankDetailsErased = bankDetailsErased;
        run.failures = failures;
        return run;
    }

    /** The latest runs first. */
    public static List<RetentionRun> latest(int count) {
        return RetentionRun.<RetentionRun>findAll(Sort.descending("id")).page(Page.ofSize(count)).list();
    }

    @Override
    public String toString() {
        return "bank details erased=" + bankDetailsErased + ", failures=" + failures + ", started=" + startedAt
                + ", finished=" + finishedAt;
    }
}
