package fr.hautsdefrance.acte.application.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The summary of the deposited files the queue's counters and the statistics read (V94_1): the
 * database writes each change of the files as deltas, insert-only, in the changing transaction;
 * this folds them into the summary every few seconds so that they stay few. Reading adds the
 * pending deltas, so the figures are exact whenever the fold runs. One replica folds at a time
 * (a database lock elects it).
 */
@ApplicationScoped
public class ApplicationSummary {

    /** Arbitrary, fixed key of the advisory lock that elects the replica folding the deltas. */
    static final long FOLD_LOCK_KEY = 0x4143544553554d4dL;

    private final EntityManager entityManager;

    @Inject
    public ApplicationSummary(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What one fold did: whether this replica folded, and how many deltas. */
    public record Fold(boolean ran, long deltas) {
    }

    @Scheduled(every = "${acte.application.summary.fold-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        fold();
    }

    /** Folds the deltas committed so far into the summary, in one transaction; skipped while another replica folds. */
    @Transactional
    public Fold fold() {
        Boolean elected = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, FOLD_LOCK_KEY).getSingleResult();
        if (!elected) {
            return new Fold(false, 0);
        }
        Number deltas = (Number) entityManager.createNativeQuery("select application_summary_fold()").getSingleResult();
        return new Fold(true, deltas.longValue());
    }
}
