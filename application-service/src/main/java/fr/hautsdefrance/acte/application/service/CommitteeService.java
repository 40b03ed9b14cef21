package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSession;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.messaging.ApplicationEvents;
import fr.hautsdefrance.acte.application.messaging.EventPayloads;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Sessions of the Commission permanente: the files put to the vote, the envelope, the decisions. */
@ApplicationScoped
public class CommitteeService {

    private final Access access;
    private final Impartiality impartiality;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public CommitteeService(Access access, Impartiality impartiality, AuditTrail audit, Outbox outbox, CurrentUser user,
            Clock clock) {
        this.access = access;
        this.impartiality = impartiality;
        this.audit = audit;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    public record SessionSummary(CommitteeSession session, List<Application> files, BigDecimal proposedTotal,
            BigDecimal awardedTotal, BigDecimal remaining) {
    }

    public enum Outcome { APPROVED, REJECTED }

    @Transactional
    public CommitteeSession create(String title, LocalDate date, BigDecimal envelope) {
        CommitteeSession session = CommitteeSession.of(title, date, envelope, OffsetDateTime.now(clock));
        session.persist();
        return session;
    }

    public List<CommitteeSession> sessions() {
        return CommitteeSession.listAll(Sort.descending("sessionDate"));
    }

    /** The session's files and its totals against the envelope. */
    public SessionSummary summary(UUID sessionId) {
        CommitteeSession session = session(sessionId);
        List<Application> files = Application.list("committeeSessionId", Sort.ascending("reference"), sessionId);
        BigDecimal proposed = files.stream().map(Application::proposedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal awarded = files.stream().map(Application::awardedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal committed = files.stream()
                .map(a -> a.status() == ApplicationStatus.IN_COMMITTEE ? a.proposedAmount() : a.awardedAmount())
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SessionSummary(session, files, proposed, awarded, session.envelope.subtract(committed));
    }

    /** Puts an assessed file on the session's agenda. */
    @Transactional
    public Application schedule(UUID sessionId, UUID applicationId) {
        CommitteeSession session = session(sessionId);
        Application application = impartiality.fileToActOn(applicationId, Impartiality.Step.SCHEDULING);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        application.scheduleFor(sessionId, OffsetDateTime.now(clock));
        outbox.publish(ApplicationEvents.SCHEDULED_FOR_COMMITTEE, applicationId.toString(),
                EventPayloads.ScheduledForCommittee.of(application, access.organisationOf(application),
                        session.sessionDate, OffsetDateTime.now(clock)));
        audit.record(application, user.subject(), "SCHEDULED_FOR_COMMITTEE", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /** Records the committee's vote on one file, with the deliberation number. */
    @Transactional
    public Application vote(UUID sessionId, UUID applicationId, Outcome outcome, BigDecimal amount, String reason,
            String deliberationNumber) {
        CommitteeSession session = session(sessionId);
        Application application = impartiality.fileToActOn(applicationId, Impartiality.Step.VOTE);
        impartiality.ensureNotItsAssessor(application, Impartiality.Step.VOTE);
        if (!sessionId.equals(application.committeeSessionId())) {
            throw ProblemException.conflict("not-on-agenda", "Le dossier " + application.reference + " n'est pas à "
                    + "l'ordre du jour de cette séance.");
        }
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Organisation organisation = access.organisationOf(application);
        if (outcome == Outcome.APPROVED) {
            if (amount == null) {
                throw ProblemException.invalidField("amount", "Indiquez le montant attribué.");
            }
            application.approve(deliberationNumber, session.sessionDate, amount, now);
            outbox.publish(ApplicationEvents.APPROVED, applicationId.toString(),
                    EventPayloads.Approved.of(application, organisation, bankDetailsOf(applicationId)));
        } else {
            if (reason == null || reason.isBlank()) {
                throw ProblemException.invalidField("reason", "Motivez le refus : le porteur doit en connaître les raisons.");
            }
            application.reject(deliberationNumber, session.sessionDate, reason, now);
            outbox.publish(ApplicationEvents.REJECTED, applicationId.toString(),
                    EventPayloads.Rejected.of(application, organisation));
        }
        audit.record(application, user.subject(), "VOTED_" + outcome, before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /** The RIB joined to the file: the bank account payment-service starts from (then has validated). */
    private static UUID bankDetailsOf(UUID applicationId) {
        return Document.<Document>find("applicationId = ?1 and type = ?2", Sort.descending("uploadedAt"),
                applicationId, DocumentType.RIB).firstResultOptional().map(d -> d.id).orElse(null);
    }

    private static CommitteeSession session(UUID sessionId) {
        CommitteeSession session = CommitteeSession.findById(sessionId);
        if (session == null) {
            throw ProblemException.notFound("Aucune séance " + sessionId + ".");
        }
        return session;
    }
}
