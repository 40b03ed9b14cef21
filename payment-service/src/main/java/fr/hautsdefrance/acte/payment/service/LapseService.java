package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantStatus;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
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
import java.util.List;
import java.util.UUID;

/**
 * Caducité: a grant for which no payment was requested within its validity lapses on its lapse
 * date; reminders go out before it (by default 60 and 15 days before). The daily check is safe
 * with several replicas: one of them holds a database lock for the run, and each reminder is
 * recorded once per grant and threshold.
 */
@ApplicationScoped
public class LapseService {

    private static final Logger LOG = Logger.getLogger(LapseService.class);
    /** Arbitrary, fixed key of the advisory lock that elects the replica running the check. */
    private static final long LAPSE_LOCK_KEY = 0x4143544543414455L;

    private final Access access;
    private final CommitmentService commitments;
    private final Rules rules;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    public LapseService(Access access, CommitmentService commitments, Rules rules, Outbox outbox,
            EntityManager entityManager, Clock clock) {
        this.access = access;
        this.commitments = commitments;
        this.rules = rules;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What one check did. */
    public record Outcome(boolean ran, int warnings, int lapses) {
    }

    @Scheduled(cron = "${acte.payment.lapse-check-cron:0 30 5 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        Outcome outcome = check(RegionCalendar.today(clock));
        LOG.infof("Lapse check: %d reminder(s), %d lapse(s)", outcome.warnings(), outcome.lapses());
    }

    /** Reminds and lapses as of {@code today}; does nothing while another replica runs the check. */
    @Transactional
    public Outcome check(LocalDate today) {
        Boolean elected = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LAPSE_LOCK_KEY).getSingleResult();
        if (!elected) {
            return new Outcome(false, 0, 0);
        }
        int furthest = rules.config().lapseWarningDays().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<UUID> candidates = entityManager.createQuery("select g.id from GrantAccount g where g.status in :open "
                        + "and g.lapseDate <= :horizon and not exists (select p from Payment p where p.grantId = g.id "
                        + "and p.requestedAt is not null) order by g.lapseDate", UUID.class)
                .setParameter("open", List.of(GrantStatus.AWAITING_AGREEMENT, GrantStatus.OPEN))
                .setParameter("horizon", today.plusDays(furthest))
                .getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int warnings = 0;
        int lapses = 0;
        for (UUID id : candidates) {
            GrantAccount grant = access.locked(id);
            // The list was read before the lock: a request (or a closing) may have come in since.
            if (!stillUnrequested(grant)) {
                continue;
            }
            int daysLeft = (int) ChronoUnit.DAYS.between(today, grant.lapseDate);
            if (daysLeft <= 0) {
                lapse(grant, now);
                lapses++;
            } else if (warn(grant, daysLeft, now)) {
                warnings++;
            }
        }
        return new Outcome(true, warnings, lapses);
    }

    private static boolean stillUnrequested(GrantAccount grant) {
        return (grant.status() == GrantStatus.AWAITING_AGREEMENT || grant.status() == GrantStatus.OPEN)
                && Payment.count("grantId = ?1 and requestedAt is not null", grant.id) == 0;
    }

    private void lapse(GrantAccount grant, OffsetDateTime now) {
        grant.lapse(now);
        commitments.lapse(grant, now);
        Payment.<Payment>list("grantId = ?1 and status = ?2", grant.id, PaymentStatus.SCHEDULED)
                .forEach(p -> p.reject(PaymentRequestService.AUTOMATIC, "Subvention caduque : aucun versement demandé "
                        + "avant le " + grant.lapseDate + ".", now));
        outbox.publish(PaymentEvents.LAPSED, grant.id.toString(), EventPayloads.Lapsed.of(grant));
    }

    /**
     * The nearest threshold reached sends one reminder; the further ones it passed are recorded as
     * sent, so that a check run late never sends two reminders at once.
     */
    private boolean warn(GrantAccount grant, int daysLeft, OffsetDateTime now) {
        List<Integer> reached = rules.config().lapseWarningDays().stream().filter(days -> daysLeft <= days).sorted()
                .toList();
        if (reached.isEmpty()) {
            return false;
        }
        int nearest = reached.get(0);
        boolean first = record(grant.id, nearest, now);
        reached.stream().skip(1).forEach(days -> record(grant.id, days, now));
        if (first) {
            outbox.publish(PaymentEvents.LAPSE_WARNING, grant.id.toString(),
                    EventPayloads.LapseWarning.of(grant, daysLeft, nearest, now));
        }
        return first;
    }

    private boolean record(UUID grantId, int daysBefore, OffsetDateTime now) {
        return entityManager.createNativeQuery("insert into lapse_warning (grant_id, days_before, warned_at) "
                        + "values (?1, ?2, ?3) on conflict do nothing")
                .setParameter(1, grantId).setParameter(2, daysBefore).setParameter(3, now).executeUpdate() == 1;
    }
}
