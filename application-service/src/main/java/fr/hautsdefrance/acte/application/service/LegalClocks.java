package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.ApplicationEvents;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.RegionCalendar;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The deadlines the law sets on a file, checked by the service's clock: officers are warned 15 days
 * before silence becomes an implicit rejection (CRPA L231-4) and told when it does; they are told
 * when an information request's deadline passes unanswered. Each alert is sent once; one replica
 * runs a check at a time (a database lock elects it).
 */
@ApplicationScoped
public class LegalClocks {

    private static final Logger LOG = Logger.getLogger(LegalClocks.class);
    /** Arbitrary, fixed key of the advisory lock that elects the replica running the check. */
    private static final long LEGAL_CLOCKS_LOCK_KEY = 0x4143544543524141L;
    /** The actor of the trail's entries the clocks write. */
    static final String CLOCK = "horloge-legale";

    private final Outbox outbox;
    private final AuditTrail audit;
    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    public LegalClocks(Outbox outbox, AuditTrail audit, EntityManager entityManager, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** What one check did. */
    public record Outcome(boolean ran, int implicitDecisionWarnings, int implicitRejections, int overdueRequests) {
    }

    @Scheduled(every = "${acte.application.legal-clocks.every:1h}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Outcome outcome = check();
        if (outcome.implicitDecisionWarnings() + outcome.implicitRejections() + outcome.overdueRequests() > 0) {
            LOG.infof("Legal clocks: %s", outcome);
        }
    }

    /** Alerts due as of the service's clock, each once. */
    @Transactional
    public Outcome check() {
        Boolean elected = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LEGAL_CLOCKS_LOCK_KEY).getSingleResult();
        if (!elected) {
            return new Outcome(false, 0, 0, 0);
        }
        LocalDate today = RegionCalendar.today(clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int warnings = 0;
        int rejections = 0;
        List<UUID> running = entityManager.createQuery("select a.id from Application a where a.status in :running "
                        + "and a.implicitDecisionOn <= :horizon and a.implicitRejectionNoticedAt is null", UUID.class)
                .setParameter("running", List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW,
                        ApplicationStatus.ASSESSED, ApplicationStatus.IN_COMMITTEE))
                .setParameter("horizon", today.plusDays(Application.IMPLICIT_DECISION_WARNING_DAYS))
                .getResultList();
        for (UUID id : running) {
            Application application = entityManager.find(Application.class, id, LockModeType.PESSIMISTIC_WRITE);
            Organisation organisation = Organisation.findById(application.organisationId());
            if (application.implicitRejectionNoticeDue(today)) {
                ApplicationEvents.publish(outbox, application.implicitRejectionNoticed(organisation, now));
                audit.record(application, CLOCK, "IMPLICITLY_REJECTED", null,
                        new ImplicitDecisionTrace(application.decisionClockStartedOn(), application.implicitDecisionOn()));
                rejections++;
            } else if (application.implicitDecisionWarningDue(today)) {
                ApplicationEvents.publish(outbox, application.implicitDecisionWarned(organisation, today, now));
                warnings++;
            }
        }
        List<InformationRequest> overdue = InformationRequest.list("answeredAt is null and overdueNoticedAt is null "
                + "and deadline < ?1", today);
        int told = 0;
        for (InformationRequest request : overdue) {
            Application application = entityManager.find(Application.class, request.applicationId,
                    LockModeType.PESSIMISTIC_WRITE);
            if (application.status() != ApplicationStatus.INFO_REQUESTED) {
                continue;
            }
            request.overdueNoticedAt = now;
            outbox.publish(ApplicationEvents.INFORMATION_OVERDUE, application.id().toString(),
                    EventPayloads.InformationOverdue.of(application, Organisation.findById(application.organisationId()),
                            request));
            audit.record(application, CLOCK, "INFORMATION_OVERDUE", null, new OverdueTrace(request.id, request.deadline));
            told++;
        }
        return new Outcome(true, warnings, rejections, told);
    }

    record ImplicitDecisionTrace(LocalDate decisionClockStartedOn, LocalDate implicitDecisionOn) {
    }

    record OverdueTrace(UUID requestId, LocalDate deadline) {
    }
}
