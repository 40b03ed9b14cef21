package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.EligibilityClient;
import fr.hautsdefrance.acte.application.client.EligibilityVerdict;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.EligibilityFailure;
import fr.hautsdefrance.acte.application.domain.EligibilityResult;
import fr.hautsdefrance.acte.application.domain.IncompleteApplicationException;
import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.domain.document.Document;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.service.command.DraftChange;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.web.RegionCalendar;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.WebApplicationException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The applicant's side of a file: drafting, checking, submitting, withdrawing, accepting the agreement. */
@ApplicationScoped
public class ApplicationService {

    private static final Logger LOG = Logger.getLogger(ApplicationService.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Access access;
    private final AuditTrail audit;
    private final EligibilityClient eligibility;
    private final CurrentUser user;
    private final Clock clock;
    private final Texts texts;

    @Inject
    public ApplicationService(EntityManager entityManager, Outbox outbox, Access access, AuditTrail audit,
            EligibilityClient eligibility, CurrentUser user, Clock clock, Texts texts) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.eligibility = eligibility;
        this.user = user;
        this.clock = clock;
        this.texts = texts;
    }

    /**
     * A new draft for one of the caller's organisations, in the call {@code callId} (the permanent call
     * when absent), with its first content: the whole of it from the API, the title alone from the portal.
     */
    @Transactional
    public Application createDraft(@NotNull(message = "Indiquez la structure qui porte le projet.") UUID organisationId,
            UUID callId, @NotNull @Valid DraftChange content) {
        Organisation organisation = access.organisationAsMember(organisationId);
        Call call = openCall(callId);
        Application application = Application.draft(nextReference(), organisation, call.id, user.subject(), now());
        content.applyTo(application, today());
        application.persist();
        audit.record(application, user.subject(), "DRAFT_CREATED", null, AuditTrail.Snapshot.of(application));
        return application;
    }

    /**
     * Saves the draft as the applicant goes (the whole content, or one step of the form);
     * {@code version}, the one the applicant read, guards against overwriting someone else's save.
     */
    @Transactional
    public Application updateDraft(UUID id,
            @NotNull(message = "Renvoyez la version du dossier que vous avez lue.") Long version,
            @NotNull @Valid DraftChange change) {
        Application application = access.asMember(id);
        application.ensureEditable();
        checkVersion(application, version);
        change.applyTo(application, today());
        application.touched(now());
        return application;
    }

    @Transactional
    public Application duplicate(UUID id) {
        Application original = access.asMember(id);
        Organisation organisation = access.organisationOf(original);
        Application copy = original.duplicate(nextReference(), organisation, Call.PERMANENT, user.subject(), now());
        copy.persist();
        audit.record(copy, user.subject(), "DRAFT_CREATED", null, AuditTrail.Snapshot.of(copy));
        return copy;
    }

    /** The rules' live verdict on the file as it stands (the draft's eligibility panel). */
    public EligibilityPreview eligibilityOf(UUID id) {
        return eligibilityOf(access.readable(id));
    }

    /** The same, for a file the caller already holds (and may read). */
    public EligibilityPreview eligibilityOf(Application application) {
        return EligibilityPreview.of(assess(application));
    }

    /**
     * Deposits the file: complete, every required piece joined, its call open. The rules are not asked
     * here: a file they would refuse is deposited and receipted all the same (CRPA L112-3), and is
     * assessed from its {@code application.submitted} event like any other.
     */
    @Transactional
    public Application submit(UUID id) {
        Application application = access.asMemberLocked(id);
        application.ensureEditable();
        Set<fr.hautsdefrance.acte.application.domain.DocumentType> pieces = documentTypes(id);
        List<IncompleteApplicationException.Missing> problems = submissionProblems(application, pieces);
        if (!problems.isEmpty()) {
            throw new IncompleteApplicationException(problems);
        }
        Call call = Call.findById(application.callId());
        if (!call.isOpenAt(now())) {
            throw ProblemException.conflict("call-closed", "L'appel à projets « " + call.name + " » est clos "
                    + "depuis le " + RegionCalendar.dayOf(call.closesAt) + " : le dossier ne peut "
                    + "plus être déposé à ce titre. Dupliquez-le pour le déposer dans l'appel permanent.");
        }
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        Organisation organisation = access.organisationOf(application);
        ApplicationEvents.publish(outbox, application.submit(organisation, call, pieces, user.subject(), now()));
        audit.record(application, user.subject(), "SUBMITTED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    @Transactional
    public Application withdraw(UUID id) {
        Application application = access.asMemberLocked(id);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        ApplicationEvents.publish(outbox, application.withdraw(access.organisationOf(application), now()));
        audit.record(application, user.subject(), "WITHDRAWN", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    /**
     * The beneficiary accepts the agreement (convention) online, once the deliberation applies: who,
     * and when, are recorded; it then awaits the Region's countersignature ({@link CommitteeService}).
     */
    @Transactional
    public Application acceptAgreement(UUID id) {
        Application application = access.asMember(id);
        AuditTrail.Snapshot before = AuditTrail.Snapshot.of(application);
        application.acceptAgreement(user.subject(), user.displayName(), now());
        audit.record(application, user.subject(), "AGREEMENT_ACCEPTED", before, AuditTrail.Snapshot.of(application));
        return application;
    }

    @Transactional
    public void recordEligibility(UUID applicationId, EligibilityResult result, List<EligibilityFailure> failures) {
        Optional<Application> application = Application.findByIdOptional(applicationId);
        if (application.isEmpty()) {
            // Assessments are only made for files submitted here; an unknown id is another environment's.
            LOG.warnf("Eligibility result for unknown application %s ignored", applicationId);
            return;
        }
        application.get().recordEligibility(result, failures);
        audit.record(application.get(), AuditTrail.ELIGIBILITY_SERVICE, "ELIGIBILITY_ASSESSED", null,
                new EligibilityTrace(result.eligible, result.ruleSet, result.maxGrant,
                        failures.stream().map(f -> f.message).toList()));
    }

    /** What the trail keeps of an assessment: the verdict, its rules, and the reasons of a refusal to come. */
    record EligibilityTrace(Boolean eligible, String ruleSet, java.math.BigDecimal maxGrant, List<String> failedChecks) {
    }

    public Application get(UUID id) {
        return access.readable(id);
    }

    private EligibilityVerdict assess(Application application) {
        try {
            Call call = Call.findById(application.callId());
            return eligibility.assess(application, call.ruleSetVersion);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 400) {
                throw ProblemException.conflict("incomplete-for-eligibility", "Le dossier est encore trop incomplet "
                        + "pour être analysé : renseignez le niveau de maturité, les communes et le budget.");
            }
            throw unavailable(e);
        } catch (RuntimeException e) {
            throw unavailable(e);
        }
    }

    private static ProblemException unavailable(RuntimeException cause) {
        LOG.warnf("eligibility-service unavailable: %s", cause.toString());
        return new ProblemException(503, "eligibility-unavailable", "Service momentanément indisponible",
                "L'analyse d'éligibilité est momentanément indisponible ; votre brouillon est enregistré. Réessayez "
                        + "dans quelques minutes.", List.of());
    }

    private Call openCall(UUID callId) {
        Call call = Call.findById(callId == null ? Call.PERMANENT : callId);
        if (call == null) {
            throw ProblemException.invalidField("callId", "Aucun appel à projets " + callId + ".");
        }
        if (!call.isOpenAt(now())) {
            throw ProblemException.invalidField("callId", "L'appel à projets « " + call.name + " » n'est pas ouvert.");
        }
        return call;
    }

    /** What still prevents the file's submission with these pieces, each piece named as the applicant knows it. */
    public List<IncompleteApplicationException.Missing> submissionProblems(Application application,
            Set<fr.hautsdefrance.acte.application.domain.DocumentType> piecesJoined) {
        return application.submissionProblems(piecesJoined, texts::documentType);
    }

    private Set<fr.hautsdefrance.acte.application.domain.DocumentType> documentTypes(UUID applicationId) {
        return Document.<Document>list("applicationId", applicationId).stream().map(d -> d.type)
                .collect(Collectors.toSet());
    }

    /** The problem a change sent with an out-of-date version is refused with. */
    public static final String CONCURRENT_CHANGE = "concurrent-change";

    private static void checkVersion(Application application, long expectedVersion) {
        if (application.version() != expectedVersion) {
            throw ProblemException.conflict(CONCURRENT_CHANGE, "Ce dossier a été modifié entre-temps (version "
                    + application.version() + ", vous aviez la version " + expectedVersion + ") : rechargez-le pour "
                    + "voir ces changements, puis recommencez.");
        }
    }

    private String nextReference() {
        long number = ((Number) entityManager.createNativeQuery("select nextval('application_reference_seq')")
                .getSingleResult()).longValue();
        return "ACTE-%d-%06d".formatted(RegionCalendar.today(clock).getYear(), number);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Today in Paris, by the service's clock. */
    public java.time.LocalDate today() {
        return RegionCalendar.dayOf(now());
    }
}
