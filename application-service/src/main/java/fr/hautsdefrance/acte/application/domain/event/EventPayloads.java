package fr.hautsdefrance.acte.application.domain.event;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.Opinion;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Payloads of the {@code application.*} events (docs/asyncapi.yaml). Each carries the file it concerns
 * (with its organisation's id) and, where the officer is to be told, the officer; not the organisation's
 * members: who to tell for an organisation is published once per change on acte.organisation-contacts.v1
 * ({@link OrganisationPayloads.ContactsChanged}), so that their addresses do not travel in every event.
 */
public final class EventPayloads {

    private EventPayloads() {
    }

    /** The file an event is about. */
    public record FileRef(UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName, UUID callId, Stage stage) {

        static FileRef of(Application application, Organisation organisation) {
            return new FileRef(application.id(), application.reference(), application.title(), organisation.id(),
                    organisation.name(), application.callId(), application.stage());
        }
    }

    /** A person to tell: an organisation member or an officer. */
    public record Contact(String subject, String email, String name) {
    }

    static Contact officerOf(Application application) {
        return application.assignedOfficer() == null ? null
                : new Contact(application.assignedOfficer(), application.assignedOfficerEmail(),
                        application.assignedOfficerName());
    }

    public record Submitted(UUID applicationId, String reference, String title, String submittedBy,
            OffsetDateTime submittedAt, FileRef file, CallRef call, Applicant applicant,
            Project project, List<Expense> expenses, BigDecimal requestedAmount) {

        public static final String TYPE = "application.submitted";

        /** The call the file answers, and the version of the rules it is assessed with. */
        public record CallRef(UUID id, String name, String ruleSetVersion) {
        }

        public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
                BigDecimal deMinimisReceived) {
        }

        /** {@code rural}: as last assessed; {@code ruralCorrection}: the Region's, null when the density grid decides. */
        public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv,
                List<Partner> partners, Boolean ruralCorrection, String qpvCode, String qpvName) {
        }

        public record Partner(String name, PartnerCategory category) {
        }

        public record Expense(ExpenseCategory category, String label, BigDecimal amount) {
        }

        public static Submitted of(Application a, Organisation organisation, Call call, String submittedBy) {
            return new Submitted(a.id(), a.reference(), a.title(), submittedBy, a.submittedAt(), FileRef.of(a, organisation),
                    new CallRef(call.id, call.name, call.ruleSetVersion),
                    new Applicant(a.applicantType(), a.legalForm(), a.siren(), List.copyOf(a.memberSirens()),
                            a.deMinimisReceived() == null ? BigDecimal.ZERO : a.deMinimisReceived()),
                    new Project(a.stage(), List.copyOf(a.communeCodes()), a.rural(), a.qpv(),
                            a.partners().stream().map(p -> new Partner(p.name, p.category)).toList(),
                            a.ruralCorrection(), a.qpvCode(), a.qpvName()),
                    a.expenses().stream().map(e -> new Expense(e.category, e.label == null ? "" : e.label, e.amount))
                            .toList(),
                    a.requestedAmount());
        }
    }

    /**
     * The officer confirmed or corrected the territory (rural, QPV): everything the rules need to assess
     * the file again, as at its deposit, with the reason.
     */
    public record QualificationCorrected(UUID applicationId, String reference, FileRef file, Submitted.CallRef call,
            Submitted.Applicant applicant, Submitted.Project project, List<Submitted.Expense> expenses,
            BigDecimal requestedAmount, String reason, String correctedBy, OffsetDateTime correctedAt) {

        public static final String TYPE = "application.qualification-corrected";

        public static QualificationCorrected of(Application a, Organisation organisation, Call call) {
            Submitted s = Submitted.of(a, organisation, call, null);
            return new QualificationCorrected(a.id(), a.reference(), s.file(), s.call(), s.applicant(), s.project(),
                    s.expenses(), s.requestedAmount(), a.qualificationReason(), a.qualifiedByName(), a.qualifiedAt());
        }
    }

    public record OfficerAssigned(FileRef file, Contact officer, String assignedBy, OffsetDateTime assignedAt) {

        public static final String TYPE = "application.officer-assigned";

        public static OfficerAssigned of(Application a, Organisation organisation, String assignedBy,
                OffsetDateTime at) {
            return new OfficerAssigned(FileRef.of(a, organisation), officerOf(a), assignedBy, at);
        }
    }

    public record InformationRequested(FileRef file, UUID requestId, String message,
            List<String> items, LocalDate deadline, String requestedBy, OffsetDateTime requestedAt) {

        public static final String TYPE = "application.information-requested";

        public static InformationRequested of(Application a, Organisation organisation, InformationRequest request) {
            return new InformationRequested(FileRef.of(a, organisation), request.id,
                    request.message, List.copyOf(request.items), request.deadline, request.requestedBy,
                    request.requestedAt);
        }
    }

    public record Resubmitted(FileRef file, Contact officer, UUID requestId,
            OffsetDateTime answeredAt) {

        public static final String TYPE = "application.resubmitted";

        public static Resubmitted of(Application a, Organisation organisation, InformationRequest request) {
            return new Resubmitted(FileRef.of(a, organisation), officerOf(a), request.id,
                    request.answeredAt);
        }
    }

    public record MessagePosted(FileRef file, Contact officer, UUID messageId,
            boolean fromRegion, String authorName, OffsetDateTime postedAt) {

        public static MessagePosted of(Application a, Organisation organisation, UUID messageId, boolean fromRegion,
                String authorName, OffsetDateTime postedAt) {
            return new MessagePosted(FileRef.of(a, organisation), officerOf(a), messageId,
                    fromRegion, authorName, postedAt);
        }
    }

    /** {@code proposedAmount} is 0 with an unfavourable opinion, which proposes none. */
    public record Assessed(FileRef file, Contact officer, BigDecimal proposedAmount, int score,
            OffsetDateTime assessedAt, Opinion opinion, String justification) {

        public static final String TYPE = "application.assessed";

        public static Assessed of(Application a, Organisation organisation) {
            return new Assessed(FileRef.of(a, organisation), officerOf(a),
                    a.proposedAmount() == null ? BigDecimal.ZERO.setScale(2) : a.proposedAmount(), a.scoring().total(),
                    a.assessedAt(), a.opinion(), a.opinion() == Opinion.UNFAVOURABLE ? a.proposalJustification() : null);
        }
    }

    public record Decision(String deliberationNumber, LocalDate decidedAt, UUID committeeSessionId) {

        static Decision of(Application a) {
            return new Decision(a.deliberationNumber(), a.decidedAt(), a.committeeSessionId());
        }
    }

    /**
     * A de minimis aid granted by the vote, as the register of de minimis aid records it
     * (regulation (EU) 2023/2831, art. 6): the undertaking, the grantor, the amount, the day granted.
     */
    public record DeMinimisGranted(FileRef file, String beneficiarySiren, String beneficiarySiret,
            String beneficiaryName, String grantorName, String grantorSiret, BigDecimal amount, LocalDate grantedOn,
            String deliberationNumber, String regulation, String scheme) {

        public static final String TYPE = "application.de-minimis-granted";

        /** Who grants the aid, as the register names it: the Region, and the scheme it grants under. */
        public record Grantor(String name, String siret, String schemeName) {
        }

        public static final String REGULATION = "(UE) 2023/2831";

        public static DeMinimisGranted of(Application a, Organisation o, String grantorName, String grantorSiret,
                String scheme) {
            return new DeMinimisGranted(FileRef.of(a, o), o.siren(), o.siret(), o.name(), grantorName, grantorSiret,
                    a.awardedAmount(), a.decidedAt(), a.deliberationNumber(), REGULATION, scheme);
        }
    }

    /**
     * Everything payment-service needs to open the grant account, and the finance system to commit it.
     * {@code rate} is the scheme's ceiling rate at the assessment; the award's own rate is
     * {@code votedRate} = awardedAmount ÷ plannedEligibleBase (ten decimals at most, for display:
     * payment-service prorates on the exact fraction).
     */
    public record Approved(FileRef file, Decision decision, BigDecimal awardedAmount,
            BigDecimal rate, BigDecimal eligibleBase, BigDecimal plannedEligibleBase, BigDecimal votedRate,
            Beneficiary beneficiary, UUID bankDetailsDocumentId, List<Expense> plannedExpenses, Contact officer) {

        public static final String TYPE = "application.approved";

        public record Beneficiary(UUID organisationId, String name, String siren, String siret, String rna,
                String addressLine, String postcode, String communeCode) {
        }

        public record Expense(ExpenseCategory category, BigDecimal amount) {
        }

        public static Approved of(Application a, Organisation o, UUID bankDetailsDocumentId) {
            return new Approved(FileRef.of(a, o), Decision.of(a), a.awardedAmount(),
                    a.eligibility().rate, a.plannedEligibleBase(), a.plannedEligibleBase(), a.votedRate(),
                    new Beneficiary(o.id(), o.name(), o.siren(), o.siret(), o.rna(), o.addressLine(), o.postcode(), o.communeCode()),
                    bankDetailsDocumentId,
                    a.expenses().stream().map(e -> new Expense(e.category, e.amount)).toList(), officerOf(a));
        }
    }

    public record Rejected(FileRef file, Decision decision, String reason,
            String appealRoute) {

        public static final String TYPE = "application.rejected";

        /** What every refusal letter must say about contesting it. */
        static final String APPEAL_ROUTE = "Vous pouvez former un recours gracieux auprès du Président du Conseil "
                + "régional des Hauts-de-France, ou un recours contentieux devant le tribunal administratif de Lille "
                + "(y compris par l'application Télérecours citoyens, www.telerecours.fr), dans un délai de deux mois à "
                + "compter de la notification de cette décision.";

        public static Rejected of(Application a, Organisation o) {
            return new Rejected(FileRef.of(a, o), Decision.of(a), a.rejectionReason(), APPEAL_ROUTE);
        }
    }

    /** Refused without a vote (irrecevabilité): the reasons, the scheme's failed conditions, the appeal routes. */
    public record DeclaredInadmissible(FileRef file, LocalDate decidedAt, String decidedBy,
            String reason, List<String> failedConditions, String appealRoute) {

        public static final String TYPE = "application.declared-inadmissible";

        public static DeclaredInadmissible of(Application a, Organisation o, String decidedBy) {
            return new DeclaredInadmissible(FileRef.of(a, o), a.decidedAt(), decidedBy,
                    a.rejectionReason(), a.eligibilityFailures().stream().map(f -> f.message).toList(),
                    Rejected.APPEAL_ROUTE);
        }
    }

    /**
     * The agreement is signed by both parties. {@code signedAt}, {@code signedBy} and {@code signerName}
     * are the beneficiary's online acceptance; {@code countersignedAt} and {@code countersignerName} the
     * Region's signature, which completes it (the day the agreement takes effect).
     */
    public record AgreementSigned(FileRef file, BigDecimal awardedAmount,
            String deliberationNumber, OffsetDateTime signedAt, String signedBy, String signerName,
            OffsetDateTime countersignedAt, String countersignerName) {

        public static final String TYPE = "application.agreement-signed";

        public static AgreementSigned of(Application a, Organisation o) {
            return new AgreementSigned(FileRef.of(a, o), a.awardedAmount(), a.deliberationNumber(),
                    a.agreementSignedAt(), a.agreementSignedBy(), a.agreementSignerName(),
                    a.agreementCountersignedAt(), a.agreementCountersignerName());
        }
    }

    public record Withdrawn(FileRef file, Contact officer, OffsetDateTime withdrawnAt) {

        public static final String TYPE = "application.withdrawn";

        public static Withdrawn of(Application a, Organisation o) {
            return new Withdrawn(FileRef.of(a, o), officerOf(a), a.withdrawnAt());
        }
    }

    // ------------------------------------------------------------------ lifecycle and legal clocks

    /** A draft nobody changed for the inactivity period: deleted on {@code deletionOn} unless someone changes it. */
    public record DraftExpiring(FileRef file, LocalDate lastChangedOn, LocalDate deletionOn) {

        public static DraftExpiring of(Application a, Organisation o, LocalDate lastChangedOn, LocalDate deletionOn) {
            return new DraftExpiring(FileRef.of(a, o), lastChangedOn, deletionOn);
        }
    }

    /** The officer opened the instruction. */
    public record ReviewStarted(FileRef file, Contact officer, ApplicationStatus status, OffsetDateTime startedAt) {

        public static final String TYPE = "application.review-started";

        public static ReviewStarted of(Application a, Organisation o, OffsetDateTime at) {
            return new ReviewStarted(FileRef.of(a, o), officerOf(a), a.status(), at);
        }
    }

    /** The file is on a session's agenda. */
    public record ScheduledForCommittee(FileRef file, UUID committeeSessionId, LocalDate sessionDate,
            ApplicationStatus status, OffsetDateTime scheduledAt) {

        public static final String TYPE = "application.scheduled-for-committee";

        public static ScheduledForCommittee of(Application a, Organisation o, LocalDate sessionDate,
                OffsetDateTime at) {
            return new ScheduledForCommittee(FileRef.of(a, o), a.committeeSessionId(), sessionDate, a.status(), at);
        }
    }

    /** Why a file is closed: classement sans suite, caducité, or the balance settled. */
    public enum ClosureReason { INCOMPLETE, LAPSED, SETTLED }

    /** The file ends without (or after) its grant; an incomplete one is told how to contest it. */
    public record Closed(FileRef file, ApplicationStatus status, ClosureReason reason,
            OffsetDateTime closedAt, String explanation, String appealRoute) {

        public static final String TYPE = "application.closed";

        public static Closed incomplete(Application a, Organisation o) {
            return new Closed(FileRef.of(a, o), a.status(), ClosureReason.INCOMPLETE, a.closedAt(),
                    a.closureReason(), Rejected.APPEAL_ROUTE);
        }

        public static Closed afterPayments(Application a, Organisation o, ClosureReason reason, OffsetDateTime at) {
            return new Closed(FileRef.of(a, o), a.status(), reason, at, null, null);
        }
    }

    /** The officers are warned that silence will soon be worth rejection. */
    public record ImplicitDecisionApproaching(FileRef file, Contact officer, LocalDate implicitDecisionOn,
            int daysLeft) {

        public static final String TYPE = "application.implicit-decision-approaching";

        public static ImplicitDecisionApproaching of(Application a, Organisation o, int daysLeft) {
            return new ImplicitDecisionApproaching(FileRef.of(a, o), officerOf(a), a.implicitDecisionOn(), daysLeft);
        }
    }

    /** Two months passed without a decision: the request is implicitly rejected. */
    public record ImplicitlyRejected(FileRef file, Contact officer, LocalDate decisionClockStartedOn,
            LocalDate implicitDecisionOn) {

        public static final String TYPE = "application.implicitly-rejected";

        public static ImplicitlyRejected of(Application a, Organisation o) {
            return new ImplicitlyRejected(FileRef.of(a, o), officerOf(a), a.decisionClockStartedOn(),
                    a.implicitDecisionOn());
        }
    }

    /** An information request's deadline passed unanswered: the officer extends it or closes the file. */
    public record InformationOverdue(FileRef file, Contact officer, UUID requestId, LocalDate deadline) {

        public static InformationOverdue of(Application a, Organisation o, InformationRequest request) {
            return new InformationOverdue(FileRef.of(a, o), officerOf(a), request.id, request.deadline);
        }
    }

    public record InformationDeadlineExtended(FileRef file, UUID requestId,
            String message, LocalDate previousDeadline, LocalDate deadline) {

        public static InformationDeadlineExtended of(Application a, Organisation o, InformationRequest request,
                LocalDate previous) {
            return new InformationDeadlineExtended(FileRef.of(a, o), request.id, request.message,
                    previous, request.deadline);
        }
    }
}
