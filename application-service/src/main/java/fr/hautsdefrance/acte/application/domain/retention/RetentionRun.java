package fr.hautsdefrance.acte.application.domain.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** The report of one run of the retention job: when, and what it did (docs/retention.md). */
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

    @Column(name = "drafts_warned", nullable = false, updatable = false)
    public int draftsWarned;

    @Column(name = "drafts_deleted", nullable = false, updatable = false)
    public int draftsDeleted;

    @Column(name = "files_anonymised", nullable = false, updatable = false)
    public int filesAnonymised;

    @Column(nullable = false, updatable = false)
    public int failures;

    protected RetentionRun() {
    }

    public static RetentionRun of(OffsetDateTime startedAt, OffsetDateTime finishedAt, int draftsWarned,
            int draftsDeleted, int filesAnonymised, int failures) {
        RetentionRun run = new RetentionRun();
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        run.draftsWarned = draftsWarned;
        run.draftsDeleted = draftsDeleted;
        run.filesAnonymised = filesAnonymised;
        run.failures = failures;
        return run;
    }

    @Override
    public String toString() {
        return "drafts warned=" + draftsWarned + ", drafts deleted=" + draftsDeleted
                + ", files anonymised=" + filesAnonymised + ", failures=" + failures + ", started=" + startedAt + ", finished=" + finishedAt;
    }
}
