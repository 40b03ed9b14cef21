package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantStatus;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.RetentionRun;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.retention.RetentionPeriods;
import fr.hautsdefrance.acte.web.retention.RetentionSchedule;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Applies the retention schedule (docs/retention.md) to this service's personal data: a finished
 * grant's bank details, and the copies its payments keep of them, are erased once the accounting
 * limitation period has run since its last payment; reports each run. Each grant is handled in its
 * own transaction, locked and judged again there: a run may be repeated, or run by two replicas at
 * once, without acting twice.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Nothing more is paid nor claimed back on these: their last payment is known. */
    private static final List<GrantStatus> FINISHED = List.of(GrantStatus.CLOSED, GrantStatus.LAPSED);

    private final EntityManager entityManager;
    private final Clock clock;
    private final RetentionSchedule schedule;
    private final RetentionPeriods periods;

    @Inject
    public RetentionJob(EntityManager entityManager, Clock clock, RetentionPeriods periods) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.periods = periods;
        this.schedule = RetentionSchedule.of(periods);
    }

    @Scheduled(cron = "${acte.payment.retention-cron:0 45 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run();
    }

    /** Applies the schedule as of the service's clock; returns the run's report, also kept and logged. */
    public RetentionRun run() {
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        LocalDate today = RegionCalendar.dayOf(startedAt);
        int erased = 0;
        int failures = 0;
        for (UUID grantId : inTransaction(() -> candidates(today))) {
            try {
                if (inTransaction(() -> eraseIfDue(grantId, today))) {
                    erased++;
                }
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf(e, "Retention: bank details of grant %s left as they are, tried again at the next run",
                        grantId);
            }
        }
        RetentionRun report = RetentionRun.of(startedAt, OffsetDateTime.now(clock), erased, failures);
        QuarkusTransaction.requiringNew().run(report::persist);
        LOG.infof("Retention run: %s", report);
        return report;
    }

    /**
     * Finished grants with bank details not yet erased, ended long enough ago: the last payment is never
     * after the grant's end, so this misses none; the exact rule is applied to each.
     */
    private List<UUID> candidates(LocalDate today) {
        // A day's margin: subtracting a period is not the exact inverse of adding it at the ends of months.
        OffsetDateTime endedBefore = today.minus(periods.accountingLimitation()).plusDays(2).atStartOfDay(PARIS)
                .toOffsetDateTime();
        return entityManager.createQuery("select g.id from GrantAccount g where g.status in :finished "
                        + "and coalesce(g.closedAt, g.lapsedAt) < :endedBefore and exists (select b.id from BankAccount b "
                        + "where b.grantId = g.id and b.erasedAt is null)", UUID.class)
                .setParameter("finished", FINISHED)
                .setParameter("endedBefore", endedBefore)
                .getResultList();
    }

    private boolean eraseIfDue(UUID grantId, LocalDate today) {
        GrantAccount grant = entityManager.find(GrantAccount.class, grantId, LockModeType.PESSIMISTIC_WRITE);
        if (grant == null) {
            return false;
        }
        Optional<LocalDate> due = schedule.bankDetailsErasureDue(lastPayment(grant), FINISHED.contains(grant.status()));
        if (due.isEmpty() || today.isBefore(due.get())) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // The payments' copies first: the database checks a copy's IBAN against the accounts' authors.
        List<Payment> payments = Payment.list("grantId", grantId);
        payments.forEach(Payment::eraseCreditor);
        entityManager.flush();
        boolean erased = false;
        for (BankAccount account : BankAccount.<BankAccount>list("grantId", grantId)) {
            erased |= account.erase(now);
        }
        if (erased) {
            LOG.infof("Retention: bank details of grant %s erased (due on %s)", grant.reference, due.get());
        }
        return erased;
    }

    /**
     * The grant's last movement of money: its last payment, a recovery settled, or its end (closed or
     * lapsed), whichever is latest, so that nothing the accounts may still ask about is erased early.
     */
    private Optional<LocalDate> lastPayment(GrantAccount grant) {
        OffsetDateTime lastPaid = entityManager.createQuery(
                        "select max(p.paidAt) from Payment p where p.grantId = :grant", OffsetDateTime.class)
                .setParameter("grant", grant.id).getSingleResult();
        OffsetDateTime lastSettled = entityManager.createQuery(
                        "select max(r.settledAt) from RecoveryOrder r where r.grantId = :grant", OffsetDateTime.class)
                .setParameter("grant", grant.id).getSingleResult();
        return Stream.of(lastPaid, lastSettled, grant.closedAt(), grant.lapsedAt())
                .filter(java.util.Objects::nonNull)
                .max(OffsetDateTime::compareTo)
                .map(RegionCalendar::dayOf);
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
