package fr.hautsdefrance.acte.application.domain;

import fr.hautsdefrance.acte.application.domain.call.Call;
import fr.hautsdefrance.acte.application.domain.event.DomainEvent;
import fr.hautsdefrance.acte.application.domain.event.EventPayloads;
import fr.hautsdefrance.acte.application.domain.instruction.InformationRequest;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import fr.hautsdefrance.acte.application.domain.audit.AuditEntry;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An application for an ACTE grant (dossier). Its content is edited while it is a draft; its status
 * only changes through the methods below, each of which checks the change is allowed from the
 * current status (an {@link IllegalTransitionException} otherwise).
 */
@Entity
@Table(name = "application")
// Only the columns that changed are written, so an action never writes back a stale audit-trail head.
@DynamicUpdate
public class Application extends PanacheEntityBase {

    public static final BigDecimal MIN_GRANT = new BigDecimal("15000.00");

    /** Silence kept this long on a complete request is worth rejection (CRPA L231-4, 3°: financial request). */
    public static final java.time.Period SILENCE_PERIOD = java.time.Period.ofMonths(2);

    /** Officers are alerted this many days before an implicit rejection is born. */
    public static final int IMPLICIT_DECISION_WARNING_DAYS = 15;

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    @Id
    private UUID id;

    /** The number the applicant quotes, e.g. ACTE-2026-000123. */
    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;

    @Column(name = "call_id", nullable = false)
    private UUID callId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    private String title;

    private String summary;

    // The applicant as it stood when the file was written and submitted (copied from the organisation).
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_type", nullable = false)
    private ApplicantType applicantType;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_form", nullable = false)
    private LegalForm legalForm;

    @Column(nullable = false)
    private String siren;

    // Lazy: lists and projections read none of the collections; a page of files loads each one in
    // batches of its owners (quarkus.hibernate-orm.fetch.batch-size: one statement per collection),
    // never one statement per file.
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_member_siren", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "siren", nullable = false)
    private List<String> memberSirens = new ArrayList<>();

    /**
     * The de minimis aid received over the three years before the deposit (or before today, while a
     * draft), summed from the declaration: what the rule engine checks.
     */
    @Column(name = "de_minimis_received")
    private BigDecimal deMinimisReceived;

    /** Each de minimis aid the applicant declares, with its grantor, date, amount and regulation. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    @Column(name = "de_minimis_aids", nullable = false)
    private List<DeMinimisAid> deMinimisAids = new ArrayList<>();

    /** The applicant certified the declaration complete and exact (the statutory wording). */
    @Column(name = "de_minimis_certified", nullable = false)
    private boolean deMinimisCertified;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_commune", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    @Column(name = "commune_code", nullable = false)
    private List<String> communeCodes = new ArrayList<>();

    /** Rural as the latest assessment found it (density grid or the Region's correction); never declared. */
    private boolean rural;

    /** In (or mainly serving) a priority neighbourhood: named by the applicant, confirmed or corrected by the officer. */
    private boolean qpv;

    @Column(name = "qpv_code")
    private String qpvCode;

    @Column(name = "qpv_name")
    private String qpvName;

    /** The Region's correction of the density grid's verdict; null: the grid decides. */
    @Column(name = "rural_correction")
    private Boolean ruralCorrection;

    @Column(name = "qualification_reason")
    private String qualificationReason;

    @Column(name = "qualified_by_name")
    private String qualifiedByName;

    @Column(name = "qualified_at")
    private OffsetDateTime qualifiedAt;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_partner", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<Partner> partners = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_expense_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ExpenseLine> expenses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_funding_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<FundingLine> funding = new ArrayList<>();

    @Column(name = "requested_amount")
    private BigDecimal requestedAmount;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Embedded
    private EligibilityResult eligibility;

    /** The checks the latest assessment failed; empty for an eligible file (or one not assessed yet). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_eligibility_failure", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<EligibilityFailure> eligibilityFailures = new ArrayList<>();

    // Instruction
    @Column(name = "assigned_officer")
    private String assignedOfficer;

    @Column(name = "assigned_officer_name")
    private String assignedOfficerName;

    /** What payment-service reports as paid on the grant (versements effectués). */
    @Column(name = "paid_amount", nullable = false)
    private BigDecimal paidAmount = BigDecimal.ZERO.setScale(2);

    /** The grant as earned on the realised expenses, once the balance is fixed (below the award when prorated). */
    @Column(name = "final_amount")
    private BigDecimal finalAmount;

    /** Claimed back when more was paid than earned (ordre de reversement). */
    @Column(name = "recovery_amount")
    private BigDecimal recoveryAmount;

    /** Where the officer is told of the file's news; null when the assignment did not give it. */
    @Column(name = "assigned_officer_email")
    private String assignedOfficerEmail;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_label", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "label", nullable = false)
    private Set<String> labels = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_follower", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "subject", nullable = false)
    private Set<String> followers = new LinkedHashSet<>();

    @Embedded
    private Scoring scoring;

    @Enumerated(EnumType.STRING)
    private Opinion opinion;

    @Column(name = "proposed_amount")
    private BigDecimal proposedAmount;

    @Column(name = "proposal_justification")
    private String proposalJustification;

    @Column(name = "assessed_by")
    private String assessedBy;

    @Column(name = "assessed_at")
    private OffsetDateTime assessedAt;

    // Committee and decision
    @Column(name = "committee_session_id")
    private UUID committeeSessionId;

    @Column(name = "deliberation_number")
    private String deliberationNumber;

    @Column(name = "decided_at")
    private LocalDate decidedAt;

    @Column(name = "awarded_amount")
    private BigDecimal awardedAmount;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "agreement_signed_at")
    private OffsetDateTime agreementSignedAt;

    @Column(name = "agreement_signed_by")
    private String agreementSignedBy;

    @Column(name = "agreement_signer_name")
    private String agreementSignerName;

    /** Why the committee awarded more than the officer proposed (required then). */
    @Column(name = "award_over_proposal_reason")
    private String awardOverProposalReason;

    /** Why a manager let the award go beyond the session's or the call's envelope (required then). */
    @Column(name = "envelope_override_reason")
    private String envelopeOverrideReason;

    /** From this day the deliberation applies: published and transmitted to the prefect. */
    @Column(name = "decision_enforceable_on")
    private LocalDate decisionEnforceableOn;

    @Column(name = "agreement_countersigned_at")
    private OffsetDateTime agreementCountersignedAt;

    @Column(name = "agreement_countersigned_by")
    private String agreementCountersignedBy;

    @Column(name = "agreement_countersigner_name")
    private String agreementCountersignerName;

    // Legal clocks
    @Column(name = "decision_clock_started_on")
    private LocalDate decisionClockStartedOn;

    @Column(name = "implicit_decision_on")
    private LocalDate implicitDecisionOn;

    @Column(name = "implicit_decision_warned_at")
    private OffsetDateTime implicitDecisionWarnedAt;

    @Column(name = "implicit_rejection_noticed_at")
    private OffsetDateTime implicitRejectionNoticedAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Column(name = "closure_reason")
    private String closureReason;

    /** Two people saving the same file at once: the second is refused instead of overwriting. */
    @Version
    private long version;

    /**
     * The head of the file's audit trail (its last entry's sequence and hash), moved only by
     * {@code AuditTrail}, which reads it under the row's lock. Not versioned: a trace is no edit.
     */
    @Column(name = "audit_sequence", nullable = false)
    @OptimisticLock(excluded = true)
    private int auditSequence;

    @Column(name = "audit_last_hash", nullable = false)
    @OptimisticLock(excluded = true)
    private String auditLastHash = AuditEntry.GENESIS;

    /** When the owners of this draft were told it would be deleted (docs/retention.md). Not a change of the draft. */
    @Column(name = "draft_expiry_warned_at")
    @OptimisticLock(excluded = true)
    private OffsetDateTime draftExpiryWarnedAt;

    /** When this refused, withdrawn or closed file lost its personal data (docs/retention.md). */
    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    protected Application() {
    }

    public static Application draft(String reference, Organisation organisation, UUID callId, String createdBy,
            OffsetDateTime now) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = reference;
        application.status = ApplicationStatus.DRAFT;
        application.organisationId = organisation.id();
        application.callId = callId;
        application.createdBy = createdBy;
        application.createdAt = now;
        application.updatedAt = now;
        application.copyApplicant(organisation);
        return application;
    }

    /** A new draft with this file's content, for a new request (e.g. after a refusal or for a new phase). */
    public Application duplicate(String reference, Organisation organisation, UUID callId, String createdBy,
            OffsetDateTime now) {
        Application copy = draft(reference, organisation, callId, createdBy, now);
        copy.title = title;
        copy.summary = summary;
        copy.deMinimisReceived = deMinimisReceived;
        copy.deMinimisAids = new ArrayList<>(deMinimisAids);
        copy.deMinimisCertified = deMinimisCertified;
        copy.stage = stage;
        copy.communeCodes.addAll(communeCodes);
        copy.qpv = qpv;
        copy.qpvCode = qpvCode;
        copy.qpvName = qpvName;
        partners.forEach(p -> copy.partners.add(new Partner(p.name, p.category, p.role, null)));
        expenses.forEach(e -> copy.expenses.add(new ExpenseLine(e.category, e.label, e.amount)));
        funding.forEach(f -> copy.funding.add(new FundingLine(f.source, f.label, f.amount)));
        copy.requestedAmount = requestedAmount;
        return copy;
    }

    // ------------------------------------------------------------------ reading

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID callId() {
        return callId;
    }

    public String createdBy() {
        return createdBy;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public ApplicantType applicantType() {
        return applicantType;
    }

    public LegalForm legalForm() {
        return legalForm;
    }

    public String siren() {
        return siren;
    }

    public List<String> memberSirens() {
        return java.util.Collections.unmodifiableList(memberSirens);
    }

    public BigDecimal deMinimisReceived() {
        return deMinimisReceived;
    }

    public Stage stage() {
        return stage;
    }

    public List<String> communeCodes() {
        return java.util.Collections.unmodifiableList(communeCodes);
    }

    public boolean rural() {
        return rural;
    }

    public boolean qpv() {
        return qpv;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public List<Partner> partners() {
        return java.util.Collections.unmodifiableList(partners);
    }

    public List<ExpenseLine> expenses() {
        return java.util.Collections.unmodifiableList(expenses);
    }

    public List<FundingLine> funding() {
        return java.util.Collections.unmodifiableList(funding);
    }

    public BigDecimal requestedAmount() {
        return requestedAmount;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public Set<String> labels() {
        return java.util.Collections.unmodifiableSet(labels);
    }

    public Set<String> followers() {
        return java.util.Collections.unmodifiableSet(followers);
    }

    public long version() {
        return version;
    }

    public ApplicationStatus status() {
        return status;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public OffsetDateTime withdrawnAt() {
        return withdrawnAt;
    }

    public EligibilityResult eligibility() {
        return eligibility;
    }

    public String qpvCode() {
        return qpvCode;
    }

    public String qpvName() {
        return qpvName;
    }

    public Boolean ruralCorrection() {
        return ruralCorrection;
    }

    public String qualificationReason() {
        return qualificationReason;
    }

    public String qualifiedByName() {
        return qualifiedByName;
    }

    public OffsetDateTime qualifiedAt() {
        return qualifiedAt;
    }

    /**
     * The applicant names the priority neighbourhood (QPV) the project takes place in or mainly serves;
     * a code or a name makes it a QPV project, to be confirmed by the officer.
     */
    public void nameQpv(boolean inQpv, String code, String name) {
        ensureEditable();
        String c = blankToNull(code);
        String n = blankToNull(name);
        qpv = inQpv || c != null || n != null;
        qpvCode = qpv ? c : null;
        qpvName = qpv ? n : null;
    }

    /**
     * The officer confirms or corrects the file's territory, with a reason: rural ({@code null} leaves
     * it to the density grid) and the priority neighbourhood. Only while the file awaits its decision;
     * the rules assess it again and the rate follows.
     */
    public DomainEvent qualify(Organisation organisation, Call call, Boolean rural, boolean inQpv, String code,
            String name, String reason, String officerName, OffsetDateTime now) {
        if (status == ApplicationStatus.DRAFT || !(status.awaitsDecision() || status == ApplicationStatus.INFO_REQUESTED)) {
            throw new ApplicationRuleException("qualification", "La qualification rurale ou QPV se confirme ou se "
                    + "corrige pendant l'instruction, avant la décision.");
        }
        requireReason(reason, "Motivez la confirmation ou la correction : elle figure dans "
                + "l'historique du dossier.");
        ruralCorrection = rural;
        qpv = inQpv;
        qpvCode = inQpv ? blankToNull(code) : null;
        qpvName = inQpv ? blankToNull(name) : null;
        qualificationReason = reason;
        qualifiedByName = officerName;
        qualifiedAt = now;
        updatedAt = now;
        return new DomainEvent(EventPayloads.QualificationCorrected.TYPE, id,
                EventPayloads.QualificationCorrected.of(this, organisation, call));
    }

    /** A decision or a correction the applicant will read states its reason. */
    private static void requireReason(String reason, String message) {
        if (reason == null || reason.isBlank()) {
            throw new ApplicationRuleException("reason", message);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public List<EligibilityFailure> eligibilityFailures() {
        return List.copyOf(eligibilityFailures);
    }

    /** The rules said no at the latest assessment: the officer sees it first, and refuses with these reasons. */
    public boolean flaggedIneligible() {
        return eligibility != null && Boolean.FALSE.equals(eligibility.eligible);
    }

    public String assignedOfficer() {
        return assignedOfficer;
    }

    public String assignedOfficerName() {
        return assignedOfficerName;
    }

    public String assignedOfficerEmail() {
        return assignedOfficerEmail;
    }

    public BigDecimal paidAmount() {
        return paidAmount;
    }

    public BigDecimal finalAmount() {
        return finalAmount;
    }

    public BigDecimal recoveryAmount() {
        return recoveryAmount;
    }

    public Scoring scoring() {
        return scoring;
    }

    public Opinion opinion() {
        return opinion;
    }

    public BigDecimal proposedAmount() {
        return proposedAmount;
    }

    /** Refused without a vote, by the administration (irrecevabilité): no deliberation. */
    public boolean declaredInadmissible() {
        return status == ApplicationStatus.REJECTED && deliberationNumber == null;
    }

    public String proposalJustification() {
        return proposalJustification;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public OffsetDateTime assessedAt() {
        return assessedAt;
    }

    public UUID committeeSessionId() {
        return committeeSessionId;
    }

    public String deliberationNumber() {
        return deliberationNumber;
    }

    public LocalDate decidedAt() {
        return decidedAt;
    }

    public BigDecimal awardedAmount() {
        return awardedAmount;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public OffsetDateTime agreementSignedAt() {
        return agreementSignedAt;
    }

    public String agreementSignedBy() {
        return agreementSignedBy;
    }

    public String agreementSignerName() {
        return agreementSignerName;
    }

    public String awardOverProposalReason() {
        return awardOverProposalReason;
    }

    public String envelopeOverrideReason() {
        return envelopeOverrideReason;
    }

    public LocalDate decisionEnforceableOn() {
        return decisionEnforceableOn;
    }

    /** Whether the decision applies on {@code day}: the award letter and the agreement come after. */
    public boolean decisionEnforceableOn(LocalDate day) {
        return decisionEnforceableOn != null && !day.isBefore(decisionEnforceableOn);
    }

    public OffsetDateTime agreementCountersignedAt() {
        return agreementCountersignedAt;
    }

    public String agreementCountersignedBy() {
        return agreementCountersignedBy;
    }

    public String agreementCountersignerName() {
        return agreementCountersignerName;
    }

    /** The eligible base the award was voted on: the one of the eligibility analysis. */
    public BigDecimal plannedEligibleBase() {
        return eligibility == null ? null : eligibility.eligibleBase;
    }

    /**
     * The voted rate, award ÷ planned eligible base, for reading (ten decimals at most): the
     * proration itself is computed on the exact fraction.
     */
    public BigDecimal votedRate() {
        BigDecimal base = plannedEligibleBase();
        if (awardedAmount == null || base == null || base.signum() <= 0) {
            return null;
        }
        BigDecimal rate = awardedAmount.divide(base, 10, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }

    /**
     * A grant to an undertaking is de minimis state aid (regulation (EU) 2023/2831): EPCI and their
     * groupings carry no economic activity and are not concerned.
     */
    public boolean isDeMinimisAid() {
        return isDeMinimisAid(applicantType);
    }

    /** A grant to a social-economy enterprise is a de minimis aid. */
    public static boolean isDeMinimisAid(ApplicantType applicantType) {
        return applicantType == ApplicantType.ESS_ENTERPRISE;
    }

    /**
     * The day silence becomes an implicit rejection, while the file is complete and undecided; null
     * while pieces are awaited (the clock restarts at their receipt) and once the file is decided.
     */
    public LocalDate implicitDecisionOn() {
        return status.awaitsDecision() ? implicitDecisionOn : null;
    }

    /** The implicit rejection is born: the two months passed without a decision. */
    public boolean implicitlyRejectedOn(LocalDate today) {
        LocalDate due = implicitDecisionOn();
        return due != null && !today.isBefore(due);
    }

    public LocalDate decisionClockStartedOn() {
        return decisionClockStartedOn;
    }

    public OffsetDateTime closedAt() {
        return closedAt;
    }

    public String closureReason() {
        return closureReason;
    }

    /** Whether the officers are to be alerted today that the implicit rejection comes (once). */
    public boolean implicitDecisionWarningDue(LocalDate today) {
        LocalDate due = implicitDecisionOn();
        return due != null && implicitDecisionWarnedAt == null && today.isBefore(due)
                && !today.isBefore(due.minusDays(IMPLICIT_DECISION_WARNING_DAYS));
    }

    /** Whether the officers are to be told today that the implicit rejection is born (once). */
    public boolean implicitRejectionNoticeDue(LocalDate today) {
        return implicitlyRejectedOn(today) && implicitRejectionNoticedAt == null;
    }

    /** The officers are warned (once); returns the {@code application.implicit-decision-approaching} event. */
    public DomainEvent implicitDecisionWarned(Organisation organisation, LocalDate today, OffsetDateTime now) {
        implicitDecisionWarnedAt = now;
        return new DomainEvent(EventPayloads.ImplicitDecisionApproaching.TYPE, id,
                EventPayloads.ImplicitDecisionApproaching.of(this, organisation,
                        (int) ChronoUnit.DAYS.between(today, implicitDecisionOn)));
    }

    /**
     * The officers are told (once) that the implicit rejection is born; returns the
     * {@code application.implicitly-rejected} event.
     */
    public DomainEvent implicitRejectionNoticed(Organisation organisation, OffsetDateTime now) {
        implicitDecisionWarnedAt = implicitDecisionWarnedAt == null ? now : implicitDecisionWarnedAt;
        implicitRejectionNoticedAt = now;
        return new DomainEvent(EventPayloads.ImplicitlyRejected.TYPE, id,
                EventPayloads.ImplicitlyRejected.of(this, organisation));
    }

    public BigDecimal totalExpenses() {
        return expenses.stream().map(e -> e.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalFunding() {
        return funding.stream().map(f -> f.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ------------------------------------------------------------------ applicant side

    /** Draft content may change only while it is a draft. */
    public void ensureEditable() {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException(status, ApplicationStatus.DRAFT);
        }
    }

    public void touched(OffsetDateTime now) {
        updatedAt = now;
    }

    /** The officers who follow the file (told of what happens to it). */
    public void follow(String subject) {
        followers.add(subject);
    }

    public void unfollow(String subject) {
        followers.remove(subject);
    }

    /** The officers' labels on the file, replacing those it had. */
    public void label(java.util.Collection<String> labels) {
        this.labels.clear();
        this.labels.addAll(labels);
    }

    /**
     * The applicant describes the project: its title (a draft always has one), summary, maturity, the
     * communes it takes place in, its dates. Only while it is a draft; completeness waits for the deposit.
     */
    public void describeProject(String title, String summary, Stage stage, List<String> communeCodes,
            LocalDate startDate, LocalDate endDate) {
        ensureEditable();
        if (title == null || title.isBlank()) {
            throw new ApplicationRuleException("title", "Donnez un titre au projet.");
        }
        this.title = title;
        this.summary = summary == null || summary.isBlank() ? null : summary;
        this.stage = stage;
        this.communeCodes.clear();
        this.communeCodes.addAll(communeCodes);
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** The partners of the cooperation, replacing those named before. */
    public void namePartners(List<Partner> partners) {
        ensureEditable();
        this.partners.clear();
        this.partners.addAll(partners);
    }

    /** The project's expenses, replacing the budget planned before. */
    public void planBudget(List<ExpenseLine> expenses) {
        ensureEditable();
        this.expenses.clear();
        this.expenses.addAll(expenses);
    }

    /**
     * The financing plan and the amount asked of the Region. Whether it balances is the deposit's check:
     * a draft is saved as the applicant goes.
     */
    public void planFunding(List<FundingLine> funding, BigDecimal requestedAmount) {
        ensureEditable();
        this.funding.clear();
        this.funding.addAll(funding);
        this.requestedAmount = requestedAmount;
    }

    /**
     * An officer corrects the applicant's data on a deposited file (the applicant corrects their draft
     * themselves); what is null is left as it is. The reason is the trail's, kept by the service.
     */
    public void correctDetails(String title, List<String> communeCodes, LocalDate startDate, LocalDate endDate,
            OffsetDateTime now) {
        if (status == ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException(status, ApplicationStatus.SUBMITTED);
        }
        if (title != null) {
            if (title.isBlank()) {
                throw new ApplicationRuleException("title", "Donnez un titre au projet.");
            }
            this.title = title;
        }
        if (communeCodes != null) {
            this.communeCodes.clear();
            this.communeCodes.addAll(communeCodes);
        }
        if (startDate != null) {
            this.startDate = startDate;
        }
        if (endDate != null) {
            this.endDate = endDate;
        }
        updatedAt = now;
    }

    /**
     * What still prevents submission, each with what to do; empty when the file can be submitted.
     * Eligibility is checked apart, by the rules' service. A missing piece is named by {@code pieceNames}
     * (the service's message bundle), the one place where pieces get their French names.
     */
    public List<IncompleteApplicationException.Missing> submissionProblems(Set<DocumentType> documentsPresent,
            Function<DocumentType, String> pieceNames) {
        List<IncompleteApplicationException.Missing> missing = new ArrayList<>();
        require(missing, title != null && !title.isBlank(), "title", "Donnez un titre au projet.");
        require(missing, summary != null && !summary.isBlank(), "summary", "Résumez le projet en quelques lignes.");
        require(missing, stage != null, "project.stage", "Indiquez le niveau de maturité du projet.");
        require(missing, !communeCodes.isEmpty(), "project.communeCodes",
                "Indiquez au moins une commune où le projet se déroule.");
        require(missing, !partners.isEmpty(), "project.partners", "Présentez les partenaires de la coopération.");
        require(missing, startDate != null, "project.startDate", "Indiquez la date de début du projet.");
        require(missing, endDate != null, "project.endDate", "Indiquez la date de fin du projet.");
        if (startDate != null && endDate != null) {
            require(missing, endDate.isAfter(startDate), "project.endDate",
                    "La date de fin doit suivre la date de début.");
        }
        require(missing, !expenses.isEmpty(), "expenses", "Renseignez les dépenses du projet.");
        require(missing, requestedAmount != null, "requestedAmount", "Indiquez le montant demandé à la Région.");
        require(missing, !funding.isEmpty(), "funding", "Renseignez le plan de financement (recettes).");
        if (!expenses.isEmpty() && !funding.isEmpty() && totalExpenses().compareTo(totalFunding()) != 0) {
            missing.add(new IncompleteApplicationException.Missing("funding", "Le plan de financement doit être "
                    + "équilibré : les recettes (" + FrenchFormats.euros(totalFunding()) + ") doivent égaler les dépenses ("
                    + FrenchFormats.euros(totalExpenses()) + ")."));
        }
        if (requestedAmount != null && !funding.isEmpty()) {
            BigDecimal region = funding.stream().filter(f -> f.source == FundingSource.REGION_ACTE).map(f -> f.amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            require(missing, region.compareTo(requestedAmount) == 0, "funding",
                    "La ligne « Région — ACTE » du plan de financement doit égaler le montant demandé ("
                            + FrenchFormats.euros(requestedAmount) + ").");
        }
        require(missing, !isDeMinimisAid() || deMinimisCertified, "deMinimisCertified",
                "Déclarez les aides de minimis reçues ces trois dernières années et certifiez la déclaration (cochez "
                        + "la case, même si la structure n'en a reçu aucune).");
        for (DocumentType required : DocumentType.requiredFor(applicantType, legalForm)) {
            require(missing, documentsPresent.contains(required), "documents." + required.name(),
                    "Joignez la pièce « " + pieceNames.apply(required) + " ».");
        }
        return missing;
    }

    public List<DeMinimisAid> deMinimisAids() {
        return List.copyOf(deMinimisAids);
    }

    public boolean deMinimisCertified() {
        return deMinimisCertified;
    }

    /**
     * The applicant's declaration of the de minimis aid received (each one) and its certification;
     * the sum over the three years before {@code today} follows.
     */
    public void declareDeMinimis(List<DeMinimisAid> aids, boolean certified, LocalDate today) {
        deMinimisAids = new ArrayList<>(aids);
        deMinimisCertified = certified;
        deMinimisReceived = deMinimisReceivedWithinThreeYearsOf(today);
    }

    /** The de minimis aid received over the rolling three years that end on {@code day}. */
    public BigDecimal deMinimisReceivedWithinThreeYearsOf(LocalDate day) {
        LocalDate from = day.minusYears(3);
        return deMinimisAids.stream().filter(a -> a.grantedOn() != null && a.grantedOn().isAfter(from)
                        && !a.grantedOn().isAfter(day)).map(DeMinimisAid::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** Deposits the file: a complete draft, the applicant as it stands today. */
    /**
     * Deposits the file: complete, every required piece joined, for a verified organisation. Returns the
     * {@code application.submitted} event that receipts it and has it assessed (see {@link DomainEvent}).
     */
    public DomainEvent submit(Organisation organisation, Call call, Set<DocumentType> documentsPresent,
            String submittedBy, OffsetDateTime now) {
        moveTo(ApplicationStatus.SUBMITTED);
        organisation.ensureVerifiedForDeposit();
        copyApplicant(organisation);
        deMinimisReceived = deMinimisReceivedWithinThreeYearsOf(now.atZoneSameInstant(
                java.time.ZoneId.of("Europe/Paris")).toLocalDate());
        // The service lists the problems, pieces named, before it deposits: this guard only keeps the rule.
        List<IncompleteApplicationException.Missing> missing = submissionProblems(documentsPresent, DocumentType::name);
        if (!missing.isEmpty()) {
            throw new IncompleteApplicationException(missing);
        }
        status = ApplicationStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
        startDecisionClock(now);
        return new DomainEvent(EventPayloads.Submitted.TYPE, id,
                EventPayloads.Submitted.of(this, organisation, call, submittedBy));
    }

    /** The applicant withdraws the file; returns the {@code application.withdrawn} event that tells its officer. */
    public DomainEvent withdraw(Organisation organisation, OffsetDateTime now) {
        moveTo(ApplicationStatus.WITHDRAWN);
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        updatedAt = now;
        return new DomainEvent(EventPayloads.Withdrawn.TYPE, id, EventPayloads.Withdrawn.of(this, organisation));
    }

    /** Keeps the most recent assessment only: a late, older one never replaces a newer result. */
    public void recordEligibility(EligibilityResult result, List<EligibilityFailure> failures) {
        if (eligibility == null || eligibility.assessedAt == null || !result.assessedAt.isBefore(eligibility.assessedAt)) {
            eligibility = result;
            eligibilityFailures.clear();
            eligibilityFailures.addAll(failures);
            if (result.rural != null) {
                rural = result.rural;
            }
        }
    }

    /** The beneficiary accepts the agreement online, once the deliberation applies. */
    public void acceptAgreement(String subject, String signerName, OffsetDateTime now) {
        moveTo(ApplicationStatus.AGREEMENT_ACCEPTED);
        ensureDecisionEnforceable(now.atZoneSameInstant(java.time.ZoneId.of("Europe/Paris")).toLocalDate());
        status = ApplicationStatus.AGREEMENT_ACCEPTED;
        agreementSignedAt = now;
        agreementSignedBy = subject;
        agreementSignerName = signerName;
        updatedAt = now;
    }

    /**
     * The Region's signature, by the holder of the President's delegation: the agreement is signed. Returns the
     * {@code application.agreement-signed} event that has the advance paid.
     */
    public DomainEvent countersignAgreement(Organisation organisation, String subject, String signerName,
            OffsetDateTime now) {
        moveTo(ApplicationStatus.AGREEMENT_SIGNED);
        status = ApplicationStatus.AGREEMENT_SIGNED;
        agreementCountersignedAt = now;
        agreementCountersignedBy = subject;
        agreementCountersignerName = signerName;
        updatedAt = now;
        return new DomainEvent(EventPayloads.AgreementSigned.TYPE, id,
                EventPayloads.AgreementSigned.of(this, organisation));
    }

    private void ensureDecisionEnforceable(LocalDate today) {
        if (!decisionEnforceableOn(today)) {
            throw new ApplicationRuleException("agreement", decisionEnforceableOn == null
                    ? "La délibération n° " + deliberationNumber + " n'est pas encore exécutoire (publication et "
                    + "transmission au contrôle de légalité) : la convention pourra être signée ensuite."
                    : "La délibération n° " + deliberationNumber + " est exécutoire à partir du "
                    + FrenchFormats.date(decisionEnforceableOn) + " : la convention pourra être signée à partir de ce jour.");
        }
    }

    // ------------------------------------------------------------------ officer side

    /**
     * The file goes to an officer, who follows it from then on; returns the
     * {@code application.officer-assigned} event that tells them.
     */
    public DomainEvent assignTo(Organisation organisation, String officer, String officerName, String officerEmail,
            String assignedBy, OffsetDateTime now) {
        if (status == ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException(status, ApplicationStatus.UNDER_REVIEW);
        }
        assignedOfficer = officer;
        assignedOfficerName = officerName;
        assignedOfficerEmail = officerEmail;
        updatedAt = now;
        follow(officer);
        return new DomainEvent(EventPayloads.OfficerAssigned.TYPE, id,
                EventPayloads.OfficerAssigned.of(this, organisation, assignedBy, now));
    }

    /**
     * The officer opens the instruction of a submitted file, and takes it if nobody has it yet; returns the
     * {@code application.officer-assigned} event in that case, then {@code application.review-started}.
     */
    public List<DomainEvent> startReview(Organisation organisation, String officer, String officerName,
            String officerEmail, OffsetDateTime now) {
        moveTo(ApplicationStatus.UNDER_REVIEW);
        status = ApplicationStatus.UNDER_REVIEW;
        updatedAt = now;
        List<DomainEvent> events = new ArrayList<>();
        if (assignedOfficer == null) {
            events.add(assignTo(organisation, officer, officerName, officerEmail, officer, now));
        }
        events.add(new DomainEvent(EventPayloads.ReviewStarted.TYPE, id,
                EventPayloads.ReviewStarted.of(this, organisation, now)));
        return events;
    }

    /**
     * Pieces are asked for: the file is incomplete, the clock of the implicit decision waits for them. Returns
     * the {@code application.information-requested} event that sends the request to the applicant.
     */
    public DomainEvent requestInformation(Organisation organisation, InformationRequest request, OffsetDateTime now) {
        moveTo(ApplicationStatus.INFO_REQUESTED);
        status = ApplicationStatus.INFO_REQUESTED;
        decisionClockStartedOn = null;
        implicitDecisionOn = null;
        updatedAt = now;
        return new DomainEvent(EventPayloads.InformationRequested.TYPE, id,
                EventPayloads.InformationRequested.of(this, organisation, request));
    }

    /**
     * The applicant answered: the file comes back to the officer and the two months start again
     * from this receipt (L114-5). Once the file is closed as incomplete, a late answer is refused.
     * Its answer is recorded on the request; returns the {@code application.resubmitted} event that tells
     * the officer.
     */
    public DomainEvent informationProvided(Organisation organisation, InformationRequest request, String answer,
            String answeredBy, OffsetDateTime now) {
        if (status == ApplicationStatus.CLOSED_AS_INCOMPLETE) {
            throw new ApplicationRuleException("answer", "Le dossier a été classé sans suite le "
                    + day(closedAt) + ", faute de réponse dans le délai : la réponse ne peut plus être reçue. Vous "
                    + "pouvez déposer une nouvelle demande.");
        }
        if (status != ApplicationStatus.INFO_REQUESTED) {
            throw new IllegalTransitionException(status, ApplicationStatus.UNDER_REVIEW);
        }
        request.answer(answer, answeredBy, now);
        status = ApplicationStatus.UNDER_REVIEW;
        updatedAt = now;
        startDecisionClock(now);
        return new DomainEvent(EventPayloads.Resubmitted.TYPE, id,
                EventPayloads.Resubmitted.of(this, organisation, request));
    }

    /**
     * Classement sans suite: the pieces asked for did not come by the (extended) deadline. The
     * service checks the deadline has passed; the reason is the letter's.
     * Returns the {@code application.closed} event that has the letter sent.
     */
    public DomainEvent closeAsIncomplete(Organisation organisation, String reason, OffsetDateTime now) {
        moveTo(ApplicationStatus.CLOSED_AS_INCOMPLETE);
        requireReason(reason, "Motivez le classement sans suite : le porteur doit en "
                + "connaître la raison.");
        status = ApplicationStatus.CLOSED_AS_INCOMPLETE;
        closureReason = reason;
        closedAt = now;
        updatedAt = now;
        return new DomainEvent(EventPayloads.Closed.TYPE, id, EventPayloads.Closed.incomplete(this, organisation));
    }

    private void startDecisionClock(OffsetDateTime now) {
        decisionClockStartedOn = day(now);
        implicitDecisionOn = decisionClockStartedOn.plus(SILENCE_PERIOD);
        implicitDecisionWarnedAt = null;
        implicitRejectionNoticedAt = null;
    }

    private static LocalDate day(OffsetDateTime instant) {
        return instant.atZoneSameInstant(PARIS).toLocalDate();
    }

    /**
     * The officer's assessment: the grid and an opinion. A favourable opinion proposes an amount that
     * must fit the rules' maximum for an eligible file; an unfavourable one gives its reason and no amount.
     */
    public DomainEvent assess(Organisation organisation, Scoring grid, Opinion given, BigDecimal proposed,
            String justification, String officer, OffsetDateTime now) {
        moveTo(ApplicationStatus.ASSESSED);
        if (given == Opinion.UNFAVOURABLE) {
            if (proposed != null) {
                throw new ApplicationRuleException("proposedAmount", "Un avis défavorable ne propose pas de montant : "
                        + "laissez le montant vide.");
            }
        } else {
            if (proposed == null) {
                throw new ApplicationRuleException("proposedAmount", "Proposez un montant, ou rendez un avis "
                        + "défavorable motivé.");
            }
            if (eligibility == null || !Boolean.TRUE.equals(eligibility.eligible)) {
                throw new ApplicationRuleException("eligibility", "Le dossier n'est pas éligible selon la dernière "
                        + "analyse d'éligibilité : rendez un avis défavorable motivé, ou déclarez-le irrecevable.");
            }
            if (proposed.compareTo(MIN_GRANT) < 0 || proposed.compareTo(eligibility.maxGrant) > 0
                    || proposed.compareTo(requestedAmount) > 0) {
                throw new ApplicationRuleException("proposedAmount", "Le montant proposé doit être compris entre "
                        + FrenchFormats.euros(MIN_GRANT) + " et le plus petit du montant demandé ("
                        + FrenchFormats.euros(requestedAmount) + ") et de la subvention maximale ("
                        + FrenchFormats.euros(eligibility.maxGrant) + ").");
            }
        }
        status = ApplicationStatus.ASSESSED;
        scoring = grid;
        opinion = given;
        proposedAmount = proposed;
        proposalJustification = justification;
        assessedBy = officer;
        assessedAt = now;
        updatedAt = now;
        return new DomainEvent(EventPayloads.Assessed.TYPE, id, EventPayloads.Assessed.of(this, organisation));
    }

    /**
     * The administration refuses the file without putting it to the vote (irrecevabilité), e.g. when
     * it does not meet the scheme's conditions; the reason is the refusal letter's.
     */
    /**
     * The officer refuses the file as inadmissible, with its reasons; returns the
     * {@code application.declared-inadmissible} event that has the refusal letter sent.
     */
    public DomainEvent declareInadmissible(Organisation organisation, String reason, String decidedBy, LocalDate on,
            OffsetDateTime now) {
        moveTo(ApplicationStatus.REJECTED);
        requireReason(reason, "Motivez l'irrecevabilité : le porteur doit en connaître "
                + "les raisons.");
        status = ApplicationStatus.REJECTED;
        rejectionReason = reason;
        decidedAt = on;
        updatedAt = now;
        return new DomainEvent(EventPayloads.DeclaredInadmissible.TYPE, id,
                EventPayloads.DeclaredInadmissible.of(this, organisation, decidedBy));
    }

    public void reopenReview(OffsetDateTime now) {
        if (status != ApplicationStatus.ASSESSED) {
            throw new IllegalTransitionException(status, ApplicationStatus.UNDER_REVIEW);
        }
        status = ApplicationStatus.UNDER_REVIEW;
        updatedAt = now;
    }

    // ------------------------------------------------------------------ committee

    /** The file is put on a session's agenda; returns the {@code application.scheduled-for-committee} event. */
    public DomainEvent scheduleFor(Organisation organisation, UUID sessionId, LocalDate sessionDate,
            OffsetDateTime now) {
        moveTo(ApplicationStatus.IN_COMMITTEE);
        status = ApplicationStatus.IN_COMMITTEE;
        committeeSessionId = sessionId;
        updatedAt = now;
        return new DomainEvent(EventPayloads.ScheduledForCommittee.TYPE, id,
                EventPayloads.ScheduledForCommittee.of(this, organisation, sessionDate, now));
    }

    /**
     * The committee's vote for the award, with its deliberation number: at most the amount requested
     * and the file's maximum grant; above the officer's proposal only with a written reason. Returns the
     * {@code application.approved} event (with the bank details on file, for the payments), followed by
     * {@code application.de-minimis-granted} when the award is a de minimis aid.
     */
    public List<DomainEvent> approve(Organisation organisation, UUID bankDetailsDocumentId,
            EventPayloads.DeMinimisGranted.Grantor grantor, String deliberation, LocalDate date, BigDecimal amount,
            String overProposalReason, String envelopeOverride, OffsetDateTime now) {
        moveTo(ApplicationStatus.APPROVED);
        if (eligibility == null || !Boolean.TRUE.equals(eligibility.eligible)) {
            throw new ApplicationRuleException("outcome", "Le dossier n'est pas éligible selon la dernière analyse "
                    + "d'éligibilité : une subvention ne peut pas lui être attribuée.");
        }
        if (amount.compareTo(MIN_GRANT) < 0 || amount.compareTo(eligibility.maxGrant) > 0) {
            throw new ApplicationRuleException("amount", "Le montant attribué doit être compris entre "
                    + FrenchFormats.euros(MIN_GRANT) + " et la subvention maximale de ce dossier (" + FrenchFormats.euros(eligibility.maxGrant) + ").");
        }
        if (requestedAmount != null && amount.compareTo(requestedAmount) > 0) {
            throw new ApplicationRuleException("amount", "Le montant attribué (" + FrenchFormats.euros(amount) + ") dépasse le "
                    + "montant demandé par le porteur (" + FrenchFormats.euros(requestedAmount) + ").");
        }
        boolean aboveProposal = proposedAmount != null && amount.compareTo(proposedAmount) > 0;
        if (aboveProposal && (overProposalReason == null || overProposalReason.isBlank())) {
            throw new ApplicationRuleException("overProposalReason", "Le montant attribué (" + FrenchFormats.euros(amount)
                    + ") dépasse la proposition de l'instruction (" + FrenchFormats.euros(proposedAmount) + ") : motivez-le.");
        }
        status = ApplicationStatus.APPROVED;
        deliberationNumber = deliberation;
        decidedAt = date;
        awardedAmount = amount;
        awardOverProposalReason = aboveProposal ? overProposalReason.strip() : null;
        envelopeOverrideReason = envelopeOverride == null || envelopeOverride.isBlank() ? null : envelopeOverride.strip();
        updatedAt = now;
        List<DomainEvent> events = new ArrayList<>();
        events.add(new DomainEvent(EventPayloads.Approved.TYPE, id,
                EventPayloads.Approved.of(this, organisation, bankDetailsDocumentId)));
        if (isDeMinimisAid()) {
            events.add(new DomainEvent(EventPayloads.DeMinimisGranted.TYPE, id,
                    EventPayloads.DeMinimisGranted.of(this, organisation, grantor.name(), grantor.siret(),
                            grantor.schemeName())));
        }
        return events;
    }

    /** Not voted when its session closed: the file waits for a later session. */
    public void adjourn(OffsetDateTime now) {
        moveTo(ApplicationStatus.ASSESSED);
        status = ApplicationStatus.ASSESSED;
        committeeSessionId = null;
        updatedAt = now;
    }

    /** The deliberation was published and transmitted to the prefect: it applies from {@code day}. */
    public void decisionEnforceableFrom(LocalDate day) {
        decisionEnforceableOn = day;
    }

    /** The committee's vote against, with its reason; returns the {@code application.rejected} event. */
    public DomainEvent reject(Organisation organisation, String deliberation, LocalDate date, String reason,
            OffsetDateTime now) {
        moveTo(ApplicationStatus.REJECTED);
        if (status != ApplicationStatus.IN_COMMITTEE) {
            throw new IllegalTransitionException(status, ApplicationStatus.REJECTED);
        }
        status = ApplicationStatus.REJECTED;
        deliberationNumber = deliberation;
        decidedAt = date;
        rejectionReason = reason;
        updatedAt = now;
        return new DomainEvent(EventPayloads.Rejected.TYPE, id, EventPayloads.Rejected.of(this, organisation));
    }

    // ------------------------------------------------------------------ after the decision (payment-service reports)

    /** The total paid on the grant so far, as the bank reported it to payment-service. */
    public void recordPaid(BigDecimal totalPaid, OffsetDateTime now) {
        if (status != ApplicationStatus.AGREEMENT_SIGNED && status != ApplicationStatus.CLOSED) {
            throw new IllegalTransitionException(status, ApplicationStatus.CLOSED);
        }
        paidAmount = totalPaid;
        updatedAt = now;
    }

    /** The balance is settled: nothing more will be paid on this file. */
    public void close(BigDecimal earned, OffsetDateTime now) {
        moveTo(ApplicationStatus.CLOSED);
        status = ApplicationStatus.CLOSED;
        finalAmount = earned;
        updatedAt = now;
    }

    /** More was paid than the realised expenses earn: the difference is claimed back. */
    public void recordRecovery(BigDecimal amount, BigDecimal earned, OffsetDateTime now) {
        recoveryAmount = amount;
        finalAmount = earned;
        updatedAt = now;
    }

    /** Caducité: no payment was requested within the grant's validity. */
    public void lapse(OffsetDateTime now) {
        moveTo(ApplicationStatus.LAPSED);
        status = ApplicationStatus.LAPSED;
        updatedAt = now;
    }

    private void moveTo(ApplicationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(status, target);
        }
    }

    /** The last entry of the file's audit trail, as the row knows it. */
    public AuditEntry.Head auditHead() {
        return new AuditEntry.Head(auditSequence, auditLastHash);
    }

    /** Moves the audit trail's head: to the entry just chained, or to the head read under the row's lock. */
    public void moveAuditHead(AuditEntry.Head head) {
        auditSequence = head.sequence();
        auditLastHash = head.hash();
    }

    /** The files whose personal data goes once the decision's periods have run (docs/retention.md). */
    public static final Set<ApplicationStatus> ANONYMISED_WHEN_DUE = EnumSet.of(ApplicationStatus.REJECTED,
            ApplicationStatus.WITHDRAWN, ApplicationStatus.CLOSED_AS_INCOMPLETE);

    /** The text that replaces what the applicant wrote on an anonymised file. */
    public static final String ANONYMISED_TITLE = "Dossier anonymisé";

    public OffsetDateTime draftExpiryWarnedAt() {
        return draftExpiryWarnedAt;
    }

    public OffsetDateTime anonymisedAt() {
        return anonymisedAt;
    }

    /** The owners of an abandoned draft are told it will be deleted; the draft itself is not changed. */
    public void draftExpiryWarned(OffsetDateTime now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException(status, ApplicationStatus.DRAFT);
        }
        draftExpiryWarnedAt = now;
    }

    /**
     * The day the decision ending this file was taken (refusal, inadmissibility, withdrawal, closure):
     * from it run the appeal and archive periods. Empty while the file is not one the schedule anonymises.
     */
    public Optional<LocalDate> endedOn() {
        if (!ANONYMISED_WHEN_DUE.contains(status)) {
            return Optional.empty();
        }
        OffsetDateTime ended = status == ApplicationStatus.WITHDRAWN ? withdrawnAt
                : status == ApplicationStatus.CLOSED_AS_INCOMPLETE ? closedAt : null;
        if (ended != null) {
            return Optional.of(ended.atZoneSameInstant(PARIS).toLocalDate());
        }
        return Optional.of(decidedAt != null ? decidedAt : updatedAt.atZoneSameInstant(PARIS).toLocalDate());
    }

    /**
     * Removes what the file holds of people: the texts the applicant and the officers wrote and the
     * followers. The reference, call, amounts, dates, status, decision and communes stay (statistics,
     * open data, the decision's record). Pieces, messages and requests are removed by the caller.
     */
    public void anonymise(OffsetDateTime now) {
        if (!ANONYMISED_WHEN_DUE.contains(status)) {
            throw new IllegalTransitionException(status, status);
        }
        if (anonymisedAt != null) {
            return;
        }
        title = ANONYMISED_TITLE;
        summary = null;
        proposalJustification = null;
        qualificationReason = null;
        partners.forEach(partner -> partner.role = null);
        followers.clear();
        anonymisedAt = now;
    }

    private void copyApplicant(Organisation organisation) {
        applicantType = organisation.applicantType();
        legalForm = organisation.legalForm();
        siren = organisation.siren();
        memberSirens.clear();
        memberSirens.addAll(organisation.memberSirens());
    }

    private static void require(List<IncompleteApplicationException.Missing> missing, boolean present, String field,
            String message) {
        if (!present) {
            missing.add(new IncompleteApplicationException.Missing(field, message));
        }
    }
}
