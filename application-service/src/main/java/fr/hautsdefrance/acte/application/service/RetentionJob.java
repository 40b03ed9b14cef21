package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.retention.RetentionRun;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.retention.RetentionPeriods;
import fr.hautsdefrance.acte.web.retention.RetentionSchedule;
import fr.hautsdefrance.acte.web.retention.RetentionSchedule.DraftFate;
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

/**
 * Applies the retention schedule (docs/retention.md) to this service's files: warns the owners of
 * abandoned drafts, deletes them when the notice has run out, anonymises refused, withdrawn and
 * closed files once their periods have run; reports each run. Each file is handled in its own
 * transaction, locked and judged again there: a run may be repeated, or run by two replicas at
 * once, without acting twice.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The actor of the trail's entries the job writes. */
    static final String RETENTION = "conservation-des-donnees";
    /** What replaces the texts of requests for information on an anonymised file. */
    static final String REMOVED_TEXT = "Texte supprimé (durée de conservation écoulée).";

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final RetentionSchedule schedule;
    private final RetentionPeriods periods;

    @Inject
    public RetentionJob(EntityManager entityManager, Outbox outbox, AuditTrail audit, Clock clock,
            RetentionPeriods periods) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.periods = periods;
        this.schedule = RetentionSchedule.of(periods);
    }

    @Scheduled(cron = "${acte.application.retention.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Applies the schedule as of the service's clock; returns the run's report, also kept and logged. */
    public RetentionRun run() {
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        LocalDate today = RegionCalendar.dayOf(startedAt);
        int warned = 0;
        int deleted = 0;
        int anonymised = 0;
        int failures = 0;
        for (UUID id : inTransaction(() -> draftCandidates(today))) {
            try {
                DraftFate fate = inTransaction(() -> applyToDraft(id, today));
                if (fate == DraftFate.WARN) {
                    warned++;
                } else if (fate == DraftFate.DELETE) {
                    deleted++;
                }
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf(e, "Retention: draft %s left as it is, tried again at the next run", id);
            }
        }
        for (UUID id : inTransaction(() -> anonymisationCandidates(today))) {
            try {
                if (inTransaction(() -> anonymiseIfDue(id, today))) {
                    anonymised++;
                }
            } catch (RuntimeException e) {
                failures++;
                LOG.warnf(e, "Retention: file %s not anonymised, tried again at the next run", id);
            }
        }
        RetentionRun report = RetentionRun.of(startedAt, OffsetDateTime.now(clock), warned, deleted, anonymised,
                failures);
        QuarkusTransaction.requiringNew().run(report::persist);
        LOG.infof("Retention run: %s", report);
        return report;
    }

    /** The drafts untouched since the inactivity period began, and those already warned. */
    private List<UUID> draftCandidates(LocalDate today) {
        // A day's margin, as below: the exact rule is applied to each draft.
        OffsetDateTime inactiveSince = today.minus(periods.draftInactivity()).plusDays(2).atStartOfDay(PARIS)
                .toOffsetDateTime();
        return entityManager.createQuery("select a.id from Application a where a.status = :draft "
                        + "and (a.updatedAt < :inactiveSince or a.draftExpiryWarnedAt is not null)", UUID.class)
                .setParameter("draft", ApplicationStatus.DRAFT)
                .setParameter("inactiveSince", inactiveSince)
                .getResultList();
    }

    private DraftFate applyToDraft(UUID id, LocalDate today) {
        Application draft = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null || draft.status() != ApplicationStatus.DRAFT) {
            return DraftFate.KEEP;
        }
        OffsetDateTime lastChange = lastChange(draft);
        // A change after the warning, even the same day, makes the draft live again.
        Optional<LocalDate> warnedOn = Optional.ofNullable(draft.draftExpiryWarnedAt())
                .filter(warning -> !lastChange.isAfter(warning))
                .map(RegionCalendar::dayOf);
        DraftFate fate = schedule.draftFate(RegionCalendar.dayOf(lastChange), warnedOn, today);
        switch (fate) {
            case WARN -> {
                draft.draftExpiryWarned(OffsetDateTime.now(clock));
                outbox.publish(ApplicationEvents.DRAFT_EXPIRING, id.toString(),
                        EventPayloads.DraftExpiring.of(draft, Organisation.findById(draft.organisationId()),
                                RegionCalendar.dayOf(lastChange), today.plus(periods.draftWarningNotice())));
            }
            case DELETE -> delete(draft);
            case KEEP -> {
            }
        }
        return fate;
    }

    /** The draft's last change: its content saved, or a piece joined to it. */
    private OffsetDateTime lastChange(Application draft) {
        OffsetDateTime lastPiece = entityManager.createQuery(
                        "select max(d.uploadedAt) from Document d where d.applicationId = :id", OffsetDateTime.class)
                .setParameter("id", draft.id())
                .getSingleResult();
        return lastPiece != null && lastPiece.isAfter(draft.updatedAt()) ? lastPiece : draft.updatedAt();
    }

    /**
     * Deletes the draft with its pieces, requests and messages (cascaded by the schema) and its trail,
     * as a whole: the only removal the trail's table accepts, named for this transaction alone.
     */
    private void delete(Application draft) {
        entityManager.createNativeQuery("select set_config('acte.erased_trail', ?1, true)")
                .setParameter(1, draft.id().toString()).getSingleResult();
        entityManager.createNativeQuery("delete from audit_entry where application_id = ?1")
                .setParameter(1, draft.id()).executeUpdate();
        entityManager.remove(draft);
        entityManager.flush();
        LOG.infof("Retention: draft %s deleted, abandoned after the warning", draft.reference());
    }

    /** Ended files not yet anonymised whose end may be old enough; the exact rule is applied to each. */
    private List<UUID> anonymisationCandidates(LocalDate today) {
        // A day's margin: subtracting periods is not the exact inverse of adding them at the ends of months.
        LocalDate endedBy = today.minus(periods.archivePeriod()).minus(periods.appealPeriod()).plusDays(1);
        OffsetDateTime endedBefore = endedBy.plusDays(1).atStartOfDay(PARIS).toOffsetDateTime();
        return entityManager.createQuery("select a.id from Application a where a.status in :ended "
                        + "and a.anonymisedAt is null and (a.decidedAt <= :endedBy or a.withdrawnAt < :endedBefore "
                        + "or a.closedAt < :endedBefore or (a.decidedAt is null and a.withdrawnAt is null "
                        + "and a.closedAt is null and a.updatedAt < :endedBefore))", UUID.class)
                .setParameter("ended", Application.ANONYMISED_WHEN_DUE)
                .setParameter("endedBy", endedBy)
                .setParameter("endedBefore", endedBefore)
                .getResultList();
    }

    /**
     * Removes the people from a file whose periods have run: its own texts and followers, its pieces
     * (content and names), messages, private notes and the texts of its requests. The trail is not
     * rewritten (its chain would break): it gets one more entry saying so, and holds no more of the
     * people than their identifiers and the officers' names (docs/retention.md).
     */
    private boolean anonymiseIfDue(UUID id, LocalDate today) {
        Application file = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (file == null || file.anonymisedAt() != null) {
            return false;
        }
        Optional<LocalDate> endedOn = file.endedOn();
        if (endedOn.isEmpty() || !schedule.anonymisationDue(endedOn.get(), today)) {
            return false;
        }
        audit.record(file, RETENTION, "ANONYMISED", null,
                new AnonymisationTrace(endedOn.get(), schedule.anonymisationDue(endedOn.get())));
        file.anonymise(OffsetDateTime.now(clock));
        entityManager.flush();
        for (String statement : List.of(
                "delete from document where application_id = ?1",
                "delete from message where application_id = ?1",
                "delete from annotation where application_id = ?1",
                "delete from information_request_item where request_id in "
                        + "(select id from information_request where application_id = ?1)")) {
            entityManager.createNativeQuery(statement).setParameter(1, id).executeUpdate();
        }
        entityManager.createNativeQuery("update information_request set message = ?2, "
                        + "answer = case when answer is null then null else ?2 end where application_id = ?1")
                .setParameter(1, id).setParameter(2, REMOVED_TEXT).executeUpdate();
        return true;
    }

    private static <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    record AnonymisationTrace(LocalDate endedOn, LocalDate anonymisationDueOn) {
    }
}
