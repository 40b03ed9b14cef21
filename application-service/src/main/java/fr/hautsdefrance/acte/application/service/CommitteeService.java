package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.application.config.CommitteeConfig;
import fr.hautsdefrance.acte.application.config.OpenDataConfig;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.FrenchFormats;
import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSession;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.ApplicationEvents;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sessions of the Commission permanente: the files put to the vote, the envelope, the decisions and
 * their enforceability, the minutes; and the Region's signature of the agreements that follow.
 */
@ApplicationScoped
public class CommitteeService {

    private final Access access;
    private final Impartiality impartiality;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;
    private final CommitteeConfig config;
    private final OpenDataConfig openData;

    @Inject
    public CommitteeService(Access access, Impartiality impartiality, AuditTrail audit, Outbox outbox, CurrentUser user,
            Clock clock, CommitteeConfig config, OpenDataConfig openData) {
        this.config = config;
        this.openData = openData;
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

    /** One line of the minutes: a deliberation of the session. */
    public record Deliberation(String number, String reference, String beneficiary, Outcome decision,
            BigDecimal amount, BigDecimal votedRate, String reason) {
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
        List<Application> files = FileCollections.loaded(
                Application.<Application>list("committeeSessionId", Sort.ascending("reference"), sessionId));
        BigDecimal proposed = files.stream().map(Application::proposedAmount).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal awarded = sum(files.stream().map(Application::awardedAmount).toList());
        BigDecimal committed = files.stream()
                .map(a -> a.status() == ApplicationStatus.IN_COMMITTEE ? a.proposedAmount() : a.awardedAmount())
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SessionSummary(session, files, proposed, awarded, session.envelope.subtract(committed));
    }

    /** The session sits, from its date: votes may be recorded, dated that day. */
    @Transactional
    public CommitteeSession hold(UUID sessionId) {
        CommitteeSession session = lockedSession(sessionId);
        session.hold(RegionCalendar.today(clock), OffsetDateTime.now(clock));
        return session;
    }

    /**
     * Closes the session: its minutes are drawn and nothing changes any more. A file still on its
     * agenda, not voted, goes back to wait for a later session.
     */
    @Transactional
    public CommitteeSession close(UUID sessionId) {
        CommitteeSession session = lockedSession(sessionId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        session.close(now);
        for (Application file : Application.<Application>list("committeeSessionId = ?1 and status = ?2", sessionId,
                ApplicationStatus.IN_COMMITTEE)) {
            AuditTrail.Snapshot before = AuditTrail.Snapshot.of(file);
            file.adjourn(now);
            audit.record(file, user.subject(), "ADJOURNED", before, AuditTrail.Snapshot.of(file));
        }
        return session;
    }

    /**
     * The session's deliberations were published and transmitted to the prefect: each decision applies
     * from the later of the two days; the award letters and the agreements come from then on.
     */
    @Transactional
    public CommitteeSession recordEnforceability(UUID sessionId, LocalDate published, LocalDate transmitted) {
        CommitteeSession session = lockedSession(sessionId);
        session.recordEnforceability(published, transmitted);
        for (Application file : Application.<Application>list("committeeSessionId = ?1 and deliberationNumber is not null",
                sessionId)) {
            AuditTrail.Snapshot before = AuditTrail.Snapshot.of(file);
            file.decisionEnforceableFrom(session.enforceableOn());
            audit.record(file, user.subject(), "DECISION_ENFORCEABLE", before, AuditTrail.Snapshot.of(file));
        }
        return session;
    }

    /** The minutes: every deliberation of the session, in the order of their numbers. */
    public List<Deliberation> minutes(UUID sessionId) {
        session(sessionId);
        List<Application> decided = Application.<Application>list(
                "committeeSessionId = ?1 and deliberationNumber is not null", Sort.ascending("deliberationNumber"),
                sessionId);
        Map<UUID, Organisation> beneficiaries = Organisation.<Organisation>list("id in ?1",
                decided.stream().map(a -> a.organisationId()).distinct().toList()).stream()
                .collect(Collectors.toMap(o -> o.id(), o -> o));
        return decided.stream().map(a -> new Deliberation(a.deliberationNumber(), a.reference(),
                beneficiaries.get(a.organisationId()).name(), a.awardedAmount() == null ? Outcome.REJECTED : Outcome.APPROVED,
                a.awardedAmount(), a.votedRate(), a.rejectionReason())).toList();
    }

    /** Puts an assessed file on the session's agenda. */
    @Transactional
    public Application schedule(UUID sessionId, UUID applicationId) {
        CommitteeSession session = lockedSession(sessionId);
        session.ensureAgendaOpen();
        Application application = access.locked(impartiality.fileToActOn(applicationId, Impartiality.Step.SCHEDULING));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.scheduleFor(access.organisationOf(application), sessionId,
                session.sessionDate, OffsetDateTime.now(clock)));
        audit.record(application, user.subject(), "SCHEDULED_FOR_COMMITTEE", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /**
     * Records the committee's vote on one file, dated the session's date, with its deliberation
     * number; an award stays within the session's and the call's envelopes (or a manager says why not)
     * and within the de minimis ceiling.
     */
    @Transactional
    public Application vote(UUID sessionId, Vote vote) {
        // The session's row is locked: two votes of one session never both fit the same remainder.
        CommitteeSession session = lockedSession(sessionId);
        session.ensureVotesOpen();
        Application application = impartiality.fileToActOn(vote.applicationId(), Impartiality.Step.VOTE);
        impartiality.ensureNotItsAssessor(application, Impartiality.Step.VOTE);
        // Locked only once a refusal, kept in its own transaction, can no longer be written on the file.
        access.locked(application);
        if (!sessionId.equals(application.committeeSessionId())) {
            throw ProblemException.conflict("not-on-agenda", "Le dossier " + application.reference() + " n'est pas à "
                    + "l'ordre du jour de cette séance.");
        }
        String number = deliberationNumber(vote.deliberationNumber(), session.sessionDate, application);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Organisation organisation = access.organisationOf(application);
        if (vote.outcome() == Outcome.APPROVED) {
            if (vote.amount() == null) {
                throw ProblemException.invalidField("amount", "Indiquez le montant attribué.");
            }
            String override = blankToNull(vote.envelopeOverrideReason());
            withinEnvelopes(session, application, vote.amount(), override);
            withinDeMinimisCeiling(application, vote.amount(), session.sessionDate);
            ApplicationEvents.publish(outbox, application.approve(organisation, bankDetailsOf(application.id()),
                    new EventPayloads.DeMinimisGranted.Grantor(openData.grantorName(), openData.grantorSiret(),
                            openData.schemeName()),
                    number, session.sessionDate, vote.amount(), vote.overProposalReason(), override, now));
        } else {
            if (vote.reason() == null || vote.reason().isBlank()) {
                throw ProblemException.invalidField("reason", "Motivez le refus : le porteur doit en connaître les raisons.");
            }
            ApplicationEvents.publish(outbox, application.reject(organisation, number, session.sessionDate,
                    vote.reason(), now));
        }
        audit.record(application, user.subject(), "VOTED_" + vote.outcome(), before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /**
     * The Region signs the agreement the beneficiary accepted: a holder of the President's signature
     * delegation, with no interest in the file. Only now is the agreement signed and the advance due.
     */
    @Transactional
    public Application countersign(UUID applicationId) {
        if (!user.is(config.countersignatureRole())) {
            throw ProblemException.forbidden("La convention est signée au nom de la Région par les titulaires de la "
                    + "délégation de signature du Président : votre compte ne la détient pas.");
        }
        Application application = access.locked(impartiality.fileToActOn(applicationId,
                Impartiality.Step.COUNTERSIGNATURE));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.countersignAgreement(access.organisationOf(application),
                user.subject(), user.displayName(), OffsetDateTime.now(clock)));
        audit.record(application, user.subject(), "AGREEMENT_COUNTERSIGNED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /** The Region's format, unique in its year: refused with the file that already carries it. */
    private String deliberationNumber(String typed, LocalDate sessionDate, Application application) {
        String number = typed == null ? "" : typed.strip();
        if (!number.matches(config.deliberationNumberPattern())) {
            throw ProblemException.invalidField("deliberationNumber", "Le numéro de délibération « " + number
                    + " » ne suit pas le format de la Région, par exemple " + config.deliberationNumberExample() + ".");
        }
        Application.<Application>find("deliberationNumber = ?1 and decidedAt >= ?2 and decidedAt < ?3 and id <> ?4",
                        number, sessionDate.withDayOfYear(1), sessionDate.withDayOfYear(1).plusYears(1), application.id())
                .firstResultOptional().ifPresent(other -> {
                    throw ProblemException.conflict("deliberation-number-taken", "La délibération n° " + number
                            + " est déjà celle du dossier " + other.reference() + " : chaque délibération de l'année a "
                            + "son propre numéro.");
                });
        return number;
    }

    private void withinEnvelopes(CommitteeSession session, Application application, BigDecimal amount, String override) {
        BigDecimal sessionAwarded = sum(Application.<Application>list("committeeSessionId = ?1 and id <> ?2",
                session.id, application.id()).stream().map(Application::awardedAmount).toList());
        List<String> exceeded = new ArrayList<>();
        if (sessionAwarded.add(amount).compareTo(session.envelope) > 0) {
            exceeded.add("la séance (" + FrenchFormats.euros(sessionAwarded) + " déjà attribués sur "
                    + FrenchFormats.euros(session.envelope) + ", reste " + FrenchFormats.euros(
                    session.envelope.subtract(sessionAwarded).max(BigDecimal.ZERO)) + ")");
        }
        Call call = application.callId() == null ? null : Call.findById(application.callId());
        if (call != null && call.envelope != null) {
            BigDecimal callAwarded = sum(Application.<Application>list("callId = ?1 and id <> ?2", call.id,
                    application.id()).stream().map(Application::awardedAmount).toList());
            if (callAwarded.add(amount).compareTo(call.envelope) > 0) {
                exceeded.add("l'appel « " + call.name + " » (" + FrenchFormats.euros(callAwarded) + " déjà attribués sur "
                        + FrenchFormats.euros(call.envelope) + ", reste " + FrenchFormats.euros(
                        call.envelope.subtract(callAwarded).max(BigDecimal.ZERO)) + ")");
            }
        }
        if (exceeded.isEmpty()) {
            return;
        }
        if (override == null) {
            throw ProblemException.conflict("envelope-exceeded", "Attribuer " + FrenchFormats.euros(amount)
                    + " dépasserait l'enveloppe de " + String.join(" et de ", exceeded) + ". Réduisez le montant, ou "
                    + "motivez le dépassement (responsable uniquement).");
        }
        if (!user.is(Roles.MANAGER)) {
            throw ProblemException.forbidden("Seul·e un·e responsable peut dépasser l'enveloppe.");
        }
        audit.record(application, user.subject(), "ENVELOPE_OVERRIDDEN", null,
                new EnvelopeOverride(amount, String.join(" ; ", exceeded), override));
    }

    /** What the trail keeps of a manager's decision to go beyond an envelope. */
    record EnvelopeOverride(BigDecimal amount, String exceeded, String reason) {
    }

    /** The award itself, not only the amount requested, must fit under the ceiling. */
    private void withinDeMinimisCeiling(Application application, BigDecimal amount, LocalDate decidedOn) {
        if (!application.isDeMinimisAid()) {
            return;
        }
        // The three years that end on the day of the vote: older aid has dropped out since the deposit.
        BigDecimal received = application.deMinimisReceivedWithinThreeYearsOf(decidedOn);
        if (received.add(amount).compareTo(config.deMinimisCeiling()) > 0) {
            throw ProblemException.conflict("de-minimis-exceeded", "Avec " + FrenchFormats.euros(amount)
                    + ", les aides de minimis reçues par la structure sur trois ans atteindraient "
                    + FrenchFormats.euros(received.add(amount)) + ", au-delà du plafond de "
                    + FrenchFormats.euros(config.deMinimisCeiling()) + " (règlement (UE) 2023/2831) : l'aide ne peut "
                    + "dépasser " + FrenchFormats.euros(config.deMinimisCeiling().subtract(received).max(BigDecimal.ZERO))
                    + ".");
        }
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The RIB joined to the file: the bank account payment-service starts from (then has validated). */
    private static UUID bankDetailsOf(UUID applicationId) {
        return Document.<Document>find("applicationId = ?1 and type = ?2", Sort.descending("uploadedAt"),
                applicationId, DocumentType.RIB).firstResultOptional().map(d -> d.id).orElse(null);
    }

    private static CommitteeSession lockedSession(UUID sessionId) {
        CommitteeSession session = CommitteeSession.findById(sessionId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw ProblemException.notFound("Aucune séance " + sessionId + ".");
        }
        return session;
    }

    private static CommitteeSession session(UUID sessionId) {
        CommitteeSession session = CommitteeSession.findById(sessionId);
        if (session == null) {
            throw ProblemException.notFound("Aucune séance " + sessionId + ".");
        }
        return session;
    }
}
