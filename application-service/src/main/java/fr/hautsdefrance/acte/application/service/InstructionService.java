package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.Opinion;
import fr.hautsdefrance.acte.application.domain.Scoring;
import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.domain.instruction.Annotation;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.instruction.Message;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.staff.StaffMember;
import fr.hautsdefrance.acte.application.service.command.CorrectApplication;
import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The officer's review of a file (instruction), and the conversation with the applicant around it. */
@ApplicationScoped
public class InstructionService {

    private final Access access;
    private final Impartiality impartiality;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final CurrentUser user;
    private final Clock clock;
    private final StaffDirectory directory;
    private final People people;

    @Inject
    public InstructionService(Access access, Impartiality impartiality, AuditTrail audit, Outbox outbox, CurrentUser user,
            Clock clock, StaffDirectory directory, People people) {
        this.directory = directory;
        this.people = people;
        this.access = access;
        this.impartiality = impartiality;
        this.audit = audit;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    /** Officers take files for themselves; managers assign them to any officer of the directory. */
    @Transactional
    public Application assign(UUID id, String officer) {
        if (!officer.equals(user.subject()) && !user.is(Roles.MANAGER)) {
            throw ProblemException.forbidden("Seul un·e responsable peut attribuer un dossier à quelqu'un d'autre.");
        }
        // A conflict of interest is refused (and kept in the trail) whoever the file would go to.
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.ASSIGNMENT));
        StaffMember assignee = directory.officer(officer);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.assignTo(access.organisationOf(application), assignee.subject,
                assignee.displayName, assignee.email, user.subject(), now()));
        audit.record(application, user.subject(), "ASSIGNED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    @Transactional
    public Application label(UUID id, Set<String> labels) {
        Application application = impartiality.fileToActOn(id, Impartiality.Step.LABELLING);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        application.label(labels);
        audit.record(application, user.subject(), "LABELLED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    @Transactional
    public Application follow(UUID id, boolean following) {
        Application application = access.readable(id);
        if (following) {
            application.follow(user.subject());
        } else {
            application.unfollow(user.subject());
        }
        return application;
    }

    @Transactional
    public Application startReview(UUID id) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.REVIEW));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.startReview(access.organisationOf(application), user.subject(),
                user.displayName(), user.email(), now()));
        audit.record(application, user.subject(), "REVIEW_STARTED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /** Asks for pieces or information with a deadline: the file waits for the applicant. */
    @Transactional
    public InformationRequest requestInformation(UUID id, String message, List<String> items, LocalDate deadline) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.INFORMATION_REQUEST));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        InformationRequest request = InformationRequest.of(id, message, items, deadline, user.subject(), now());
        DomainEvent requested = application.requestInformation(access.organisationOf(application), request, now());
        request.persist();
        ApplicationEvents.publish(outbox, requested);
        audit.record(application, user.subject(), "INFORMATION_REQUESTED", before, AuditTrail.Snapshot.of(application));
        return request;
    }

    /**
     * The applicant gets more time to answer: a new deadline, told to them; the officer is told again
     * if it passes too.
     */
    @Transactional
    public InformationRequest extendDeadline(UUID id, UUID requestId, LocalDate deadline) {
        Application application = impartiality.fileToActOn(id, Impartiality.Step.INFORMATION_REQUEST);
        InformationRequest request = request(id, requestId);
        LocalDate previous = request.deadline;
        request.extendTo(deadline, today());
        outbox.publish(ApplicationEvents.INFORMATION_DEADLINE_EXTENDED, id.toString(),
                EventPayloads.InformationDeadlineExtended.of(application, access.organisationOf(application), request,
                        previous));
        audit.record(application, user.subject(), "INFORMATION_DEADLINE_EXTENDED", null,
                new DeadlineTrace(requestId, previous, deadline));
        return request;
    }

    /**
     * Classement sans suite: the pieces asked for did not come by the deadline. The applicant is told
     * by a letter with the reason and the appeal routes; a later answer is refused.
     */
    @Transactional
    public Application closeAsIncomplete(UUID id, String reason) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.DECISION));
        boolean overdue = InformationRequest.<InformationRequest>list("applicationId", id).stream()
                .anyMatch(r -> r.overdueOn(today()));
        if (!overdue) {
            throw ProblemException.conflict("no-overdue-request", "Aucune demande de compléments de ce dossier n'a "
                    + "dépassé son échéance : le dossier ne peut pas être classé sans suite.");
        }
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.closeAsIncomplete(access.organisationOf(application), reason,
                now()));
        audit.record(application, user.subject(), "CLOSED_AS_INCOMPLETE", before,
                new Correction(reason, AuditTrail.Snapshot.of(application)));
        return application;
    }

    /** Today in France, by the service's clock: deadlines are French calendar dates. */
    public LocalDate today() {
        return RegionCalendar.today(clock);
    }

    public List<InformationRequest> informationRequests(UUID id) {
        access.readable(id);
        return InformationRequest.list("applicationId", Sort.ascending("requestedAt"), id);
    }

    /** The applicant's answer brings the file back to the officer. */
    @Transactional
    public InformationRequest answer(UUID id, UUID requestId, String answer) {
        Application application = access.asMemberLocked(id);
        InformationRequest request = request(id, requestId);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.informationProvided(access.organisationOf(application), request,
                answer, user.subject(), now()));
        audit.record(application, user.subject(), "INFORMATION_PROVIDED", before, AuditTrail.Snapshot.of(application));
        return request;
    }

    /** A message between the applicant and the Region; the other side is notified. */
    @Transactional
    public Message post(UUID id, String body) {
        boolean fromRegion = user.isRegionalStaff();
        Application application = fromRegion ? impartiality.fileToActOn(id, Impartiality.Step.MESSAGE)
                : access.asMember(id);
        if (application.status() == ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("draft-not-submitted", "La messagerie s'ouvre au dépôt du dossier.");
        }
        Message message = Message.of(id, user.subject(), user.displayName(), fromRegion, body, now());
        message.persist();
        outbox.publish(ApplicationEvents.MESSAGE_POSTED, id.toString(), EventPayloads.MessagePosted.of(application,
                access.organisationOf(application), message.id, fromRegion, message.authorName, message.postedAt));
        audit.record(application, user.subject(), "MESSAGE_POSTED", null, new MessageTrace(message.id, fromRegion));
        return message;
    }

    /** The file's history for the reader: see {@link AuditTrail#historyFor}. */
    public List<AuditTrail.HistoryLine> history(UUID id) {
        return audit.historyFor(access.readable(id), user.isRegionalStaff(), people);
    }

    public List<Message> messages(UUID id) {
        access.readable(id);
        return Message.list("applicationId", Sort.ascending("postedAt"), id);
    }

    @Transactional
    public Annotation annotate(UUID id, String body) {
        Application application = impartiality.fileToActOn(id, Impartiality.Step.ANNOTATION);
        Annotation annotation = Annotation.of(id, user.subject(), user.displayName(), body, now());
        annotation.persist();
        audit.record(application, user.subject(), "ANNOTATED", null, new MessageTrace(annotation.id, true));
        return annotation;
    }

    public List<Annotation> annotations(UUID id) {
        access.readable(id);
        return Annotation.list("applicationId", Sort.ascending("writtenAt"), id);
    }

    /**
     * An officer corrects the applicant's data (a typo in a commune, a wrong date), with a reason:
     * before and after are kept in the trail.
     */
    @Transactional
    public Application correct(UUID id, @NotNull @Valid CorrectApplication command) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.CORRECTION));
        if (application.status() == ApplicationStatus.DRAFT) {
            throw ProblemException.conflict("draft-not-submitted", "Un brouillon se corrige par son porteur.");
        }
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        application.correctDetails(command.title(), command.communeCodes(), command.startDate(), command.endDate(), now());
        audit.record(application, user.subject(), "CORRECTED", before,
                new Correction(command.reason(), AuditTrail.Snapshot.of(application)));
        if (command.requalifies()) {
            return qualify(id, command.rural(), command.qpv() != null ? command.qpv() : application.qpv(),
                    application.qpvCode(), application.qpvName(), command.reason());
        }
        return application;
    }

    /**
     * The officer confirms or corrects the file's territory (rural, QPV) with a reason, kept in the
     * trail; eligibility-service assesses the file again and the rate follows.
     */
    @Transactional
    public Application qualify(UUID id, Boolean rural, boolean qpv, String qpvCode, String qpvName, String reason) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.CORRECTION));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.qualify(access.organisationOf(application),
                Call.findById(application.callId()), rural, qpv, qpvCode, qpvName, reason, user.displayName(), now()));
        audit.record(application, user.subject(), "QUALIFICATION_CORRECTED", before,
                new QualificationTrace(reason, rural, qpv, application.qpvCode(), application.qpvName()));
        return application;
    }

    record QualificationTrace(String reason, Boolean ruralCorrection, boolean qpv, String qpvCode, String qpvName) {
    }

    @Transactional
    public Application assess(UUID id, Scoring grid, Opinion opinion, BigDecimal proposedAmount, String justification) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.ASSESSMENT));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.assess(access.organisationOf(application), grid,
                opinion == null ? Opinion.FAVOURABLE : opinion, proposedAmount, justification, user.subject(), now()));
        audit.record(application, user.subject(), "ASSESSED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /**
     * The administration refuses the file without a vote (irrecevabilité), with its reason: the
     * applicant is told and can download the refusal letter with the appeal routes.
     */
    @Transactional
    public Application declareInadmissible(UUID id, String reason) {
        Application application = access.locked(impartiality.fileToActOn(id, Impartiality.Step.DECISION));
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.declareInadmissible(access.organisationOf(application), reason,
                user.displayName(), today(), now()));
        audit.record(application, user.subject(), "DECLARED_INADMISSIBLE", before,
                new Correction(reason, AuditTrail.Snapshot.of(application)));
        return application;
    }

    @Transactional
    public Application reopen(UUID id) {
        Application application = impartiality.fileToActOn(id, Impartiality.Step.REOPENING);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        application.reopenReview(now());
        audit.record(application, user.subject(), "REVIEW_REOPENED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    private static InformationRequest request(UUID id, UUID requestId) {
        return InformationRequest.<InformationRequest>find("id = ?1 and applicationId = ?2", requestId, id)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Aucune demande " + requestId + " pour ce dossier."));
    }

    record MessageTrace(UUID id, boolean fromRegion) {
    }

    record DeadlineTrace(UUID requestId, LocalDate previousDeadline, LocalDate deadline) {
    }

    record Correction(String reason, AuditTrail.Snapshot after) {
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
