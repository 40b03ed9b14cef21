package fr.hautsdefrance.acte.application.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.DeMinimisAid;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.EligibilityResult;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.Opinion;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Scoring;
import fr.hautsdefrance.acte.application.domain.Stage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A file as the API shows it; the instruction block only to regional staff. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(UUID id, String reference, ApplicationStatus status, UUID organisationId, UUID callId,
        String title, String summary, Applicant applicant, Project project, List<Expense> expenses,
        List<Funding> funding, BigDecimal totalExpenses, BigDecimal totalFunding, BigDecimal requestedAmount,
        OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime submittedAt, OffsetDateTime withdrawnAt,
        LocalDate implicitDecisionOn, Closure closure, Eligibility eligibility, Instruction instruction,
        Decision decision, long version) {

    /** Classement sans suite: when and why. */
    public record Closure(OffsetDateTime closedAt, String reason) {
    }

    /**
     * @param deMinimisReceived the de minimis aid received over the three years before the deposit (before
     *                          today, for a draft), summed from {@code deMinimisAids}
     */
    public record Applicant(ApplicantType type, LegalForm legalForm, String siren, List<String> memberSirens,
            BigDecimal deMinimisReceived, List<DeMinimisAid> deMinimisAids, boolean deMinimisCertified) {
    }

    /** {@code rural}: as last assessed (density grid or correction); the territory's details in {@code territory}. */
    public record Project(Stage stage, List<String> communeCodes, boolean rural, boolean qpv, LocalDate startDate,
            LocalDate endDate, List<Partner> partners, Territory territory) {
    }

    /** The territory behind the rate: the grid's level, the Region's corrections, the QPV named. */
    public record Territory(Integer densityLevel, String densityLabel, Boolean ruralCorrection, String qpvCode,
            String qpvName, String qualificationReason, String qualifiedByName, OffsetDateTime qualifiedAt) {

        static Territory of(Application a) {
            EligibilityResult e = a.eligibility();
            return new Territory(e == null ? null : e.densityLevel, e == null ? null : e.densityLabel,
                    a.ruralCorrection(), a.qpvCode(), a.qpvName(), a.qualificationReason(), a.qualifiedByName(),
                    a.qualifiedAt());
        }
    }

    public record Partner(String name, PartnerCategory category, String role, UUID commitmentDocumentId) {
    }

    public record Expense(ExpenseCategory category, String label, BigDecimal amount) {
    }

    public record Funding(FundingSource source, String label, BigDecimal amount) {
    }

    /** The latest assessment; {@code failedChecks} say, in the rules' words, why an ineligible file is. */
    public record Eligibility(UUID assessmentId, boolean eligible, String ruleSet, BigDecimal eligibleBase,
            BigDecimal rate, BigDecimal maxGrant, OffsetDateTime assessedAt, List<FailedCheck> failedChecks) {

        static Eligibility of(Application a) {
            EligibilityResult result = a.eligibility();
            return result == null || result.assessmentId == null ? null
                    : new Eligibility(result.assessmentId, result.eligible, result.ruleSet, result.eligibleBase,
                            result.rate, result.maxGrant, result.assessedAt, a.eligibilityFailures().stream()
                                    .map(f -> new FailedCheck(f.code, f.message)).toList());
        }
    }

    public record FailedCheck(String code, String message) {
    }

    public record Instruction(String assignedOfficer, String assignedOfficerName, Set<String> labels,
            Set<String> followers, Scores scores, Opinion opinion, BigDecimal proposedAmount, String proposalJustification,
            String assessedBy, OffsetDateTime assessedAt, UUID committeeSessionId) {
    }

    public record Scores(int cooperation, int localAnchoring, int inhabitantsInvolvement, int nonRelocatableActivity,
            int swarmingPotential, int total) {

        static Scores of(Scoring scoring) {
            return scoring == null || scoring.cooperation == null ? null
                    : new Scores(scoring.cooperation, scoring.localAnchoring, scoring.inhabitantsInvolvement,
                            scoring.nonRelocatableActivity, scoring.swarmingPotential, scoring.total());
        }
    }

    /** The vote, the agreement and, as payment-service reports them, the payments of the grant. */
    public record Decision(String deliberationNumber, LocalDate decidedAt, BigDecimal awardedAmount,
            String rejectionReason, OffsetDateTime agreementSignedAt, String agreementSignerName,
            BigDecimal paidAmount, BigDecimal finalAmount, BigDecimal recoveryAmount) {
    }

    static ApplicationView of(Application a, boolean regionalStaff) {
        Instruction instruction = regionalStaff ? new Instruction(a.assignedOfficer(), a.assignedOfficerName(),
                Set.copyOf(a.labels()), Set.copyOf(a.followers()), Scores.of(a.scoring()), a.opinion(), a.proposedAmount(),
                a.proposalJustification(), a.assessedBy(), a.assessedAt(), a.committeeSessionId()) : null;
        Decision decision = a.decidedAt() == null ? null : new Decision(a.deliberationNumber(), a.decidedAt(),
                a.awardedAmount(), a.rejectionReason(), a.agreementSignedAt(), a.agreementSignerName(), a.paidAmount(),
                a.finalAmount(), a.recoveryAmount());
        return new ApplicationView(a.id(), a.reference(), a.status(), a.organisationId(), a.callId(), a.title(), a.summary(),
                new Applicant(a.applicantType(), a.legalForm(), a.siren(), List.copyOf(a.memberSirens()), a.deMinimisReceived(),
                        a.deMinimisAids(), a.deMinimisCertified()),
                new Project(a.stage(), List.copyOf(a.communeCodes()), a.rural(), a.qpv(), a.startDate(), a.endDate(),
                        a.partners().stream().map(p -> new Partner(p.name, p.category, p.role, p.commitmentDocumentId))
                                .toList(), Territory.of(a)),
                a.expenses().stream().map(e -> new Expense(e.category, e.label, e.amount)).toList(),
                a.funding().stream().map(f -> new Funding(f.source, f.label, f.amount)).toList(),
                a.totalExpenses(), a.totalFunding(), a.requestedAmount(), a.createdAt(), a.updatedAt(), a.submittedAt(),
                a.withdrawnAt(), a.implicitDecisionOn(),
                a.closedAt() == null ? null : new Closure(a.closedAt(), a.closureReason()), Eligibility.of(a),
                instruction, decision, a.version());
    }
}
