package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.ApplicantType;
import fr.hautsdefrance.acte.application.domain.ApplicationStatus;
import fr.hautsdefrance.acte.application.domain.CheckStatus;
import fr.hautsdefrance.acte.application.domain.DocumentType;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;
import fr.hautsdefrance.acte.application.domain.FundingSource;
import fr.hautsdefrance.acte.application.domain.LegalForm;
import fr.hautsdefrance.acte.application.domain.PartnerCategory;
import fr.hautsdefrance.acte.application.domain.Stage;
import fr.hautsdefrance.acte.application.domain.audit.AuditAction;
import fr.hautsdefrance.acte.application.domain.committee.CommitteeSessionStatus;
import fr.hautsdefrance.acte.application.domain.organisation.ClaimStatus;
import fr.hautsdefrance.acte.application.domain.organisation.MemberRole;
import fr.hautsdefrance.acte.application.domain.payment.BankDetailsStatus;
import fr.hautsdefrance.acte.application.domain.payment.GrantStatus;
import fr.hautsdefrance.acte.application.domain.payment.LineDecision;
import fr.hautsdefrance.acte.application.domain.payment.PaymentKind;
import fr.hautsdefrance.acte.application.domain.payment.PaymentStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French names of the service's codes, as pages, exports, letters and refusals show them. The
 * wording lives in {@code messages/msg_fr.properties}, one key per enum constant
 * ({@code stage_EMERGENCE}, {@code applicationStatus_$UNDER_REVIEW}), so that it can be changed without
 * touching Java. Templates call {@code {msg:stage(application.stage)}}; Java code injects this interface
 * (static template extensions use {@code MessageBundles.get(Texts.class)}). Codes that arrive as text,
 * from another service or the audit trail, are named through {@code Codes.named}, shown as they come when
 * unknown. The build fails when a constant has no wording, or when a key names no constant.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Texts {

    @Message
    String applicationStatus(ApplicationStatus status);

    /** Why a file cannot move: the statuses it is in and it was asked to reach. */
    @Message
    String illegalTransition(ApplicationStatus from, ApplicationStatus to);

    @Message
    String stage(Stage stage);

    /** What a stage is for, as the simulator and the draft explain it. */
    @Message
    String stageDescription(Stage stage);

    @Message
    String applicantType(ApplicantType type);

    @Message
    String legalForm(LegalForm form);

    @Message
    String partnerCategory(PartnerCategory category);

    @Message
    String expenseCategory(ExpenseCategory category);

    @Message
    String fundingSource(FundingSource source);

    /** A member's role in an organisation, with what it allows. */
    @Message
    String memberRole(MemberRole role);

    @Message
    String committeeSessionStatus(CommitteeSessionStatus status);

    /** A piece of a file, as the applicant is asked for it. */
    @Message
    String documentType(DocumentType type);

    /** Why the Region asks for a piece, shown next to its upload slot. */
    @Message
    String documentReason(DocumentType type);

    /** Where a claim on a SIREN stands, in the lower case it takes in a sentence (« Demande vérifiée »). */
    @Message
    String claimStatus(ClaimStatus status);

    /** Why a claim decided already cannot be verified. */
    @Message
    String claimDecided(ClaimStatus status);

    /** A rule's check in the simulator and the officer's eligibility tab. */
    @Message
    String checkStatus(CheckStatus status);

    /** An entry of a file's audit trail, as the history tab lists it. */
    @Message
    String auditAction(AuditAction action);

    /** A payment's status, the same on the applicant's pages, the officers' Versements tab and the finance desk. */
    @Message
    String paymentStatus(PaymentStatus status);

    /** A kind of payment; an instalment is numbered after it (« Acompte n° 2 »). */
    @Message
    String paymentKind(PaymentKind kind);

    @Message
    String grantStatus(GrantStatus status);

    /** Where the beneficiary's bank details stand, on the grant page. */
    @Message
    String bankDetailsStatus(BankDetailsStatus status);

    /** The officer's decision on a line of an expense statement. */
    @Message
    String lineDecision(LineDecision decision);

    /** A line of an expense statement the officer has not decided yet. */
    @Message
    String lineUndecided();
}
