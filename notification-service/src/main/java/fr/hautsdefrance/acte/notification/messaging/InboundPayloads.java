package fr.hautsdefrance.acte.notification.messaging;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * This service's reading of the events it consumes (docs/asyncapi.yaml): only what it tells people.
 * Unknown fields are ignored, as the contract asks of every consumer.
 */
public final class InboundPayloads {

    private InboundPayloads() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contact(String subject, String email, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OrganisationRef(UUID organisationId, String name, String siren) {
    }

    /**
     * organisation.contacts-changed (acte.organisation-contacts.v1): the organisation's current members,
     * the whole list, at a revision that only grows.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ContactsChanged(OrganisationRef organisation, List<Contact> contacts, Long revision,
            OffsetDateTime changedAt) {
    }

    /** organisation.member-added: someone joined an applicant organisation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MemberAdded(Contact member) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileRef(UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String deliberationNumber, LocalDate decidedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Submitted(UUID applicationId, String reference, String title, String submittedBy,
            OffsetDateTime submittedAt, FileRef file) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OfficerAssigned(FileRef file, Contact officer, OffsetDateTime assignedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InformationRequested(FileRef file, UUID requestId, String message,
            List<String> items, LocalDate deadline, OffsetDateTime requestedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resubmitted(FileRef file, Contact officer, UUID requestId,
            OffsetDateTime answeredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MessagePosted(FileRef file, Contact officer, boolean fromRegion,
            String authorName, OffsetDateTime postedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Assessed(FileRef file, Contact officer, BigDecimal proposedAmount, Integer score,
            OffsetDateTime assessedAt, String opinion, String justification) {

        boolean unfavourable() {
            return "UNFAVOURABLE".equals(opinion);
        }
    }

    /**
     * {@code rate} is the scheme's ceiling rate; the award's own rate is {@code votedRate}, which
     * events written before it existed lack: it is then the award divided by the eligible base.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Approved(FileRef file, Decision decision, BigDecimal awardedAmount,
            BigDecimal rate, BigDecimal eligibleBase, BigDecimal plannedEligibleBase, BigDecimal votedRate) {

        /** The planned eligible base the award was voted on. */
        public BigDecimal plannedBase() {
            return plannedEligibleBase != null ? plannedEligibleBase : eligibleBase;
        }

        /** The voted rate as a letter states it: to a hundredth of a percent (37.5 %, 66.67 %); null if unknown. */
        public BigDecimal statedVotedRate() {
            BigDecimal voted = votedRate;
            if (voted == null && awardedAmount != null && plannedBase() != null && plannedBase().signum() > 0) {
                voted = awardedAmount.divide(plannedBase(), 10, java.math.RoundingMode.HALF_EVEN);
            }
            return voted == null ? null : voted.setScale(4, java.math.RoundingMode.HALF_EVEN);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rejected(FileRef file, Decision decision, String reason,
            String appealRoute) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeclaredInadmissible(FileRef file, java.time.LocalDate decidedAt,
            String reason, List<String> failedConditions, String appealRoute) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Closed(FileRef file, String reason, OffsetDateTime closedAt,
            String explanation, String appealRoute) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record InformationDeadlineExtended(FileRef file, UUID requestId, String message,
            java.time.LocalDate previousDeadline, java.time.LocalDate deadline) {
    }

    /** The officers' alerts of the legal clocks: overdue answer, implicit decision near or born. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ClockAlert(FileRef file, Contact officer, java.time.LocalDate deadline,
            java.time.LocalDate implicitDecisionOn, Integer daysLeft) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** Signed by both parties: the beneficiary's acceptance ({@code signed*}), then the Region's countersignature. */
    public record AgreementSigned(FileRef file, BigDecimal awardedAmount,
            String deliberationNumber, OffsetDateTime signedAt, String signerName, OffsetDateTime countersignedAt,
            String countersignerName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Withdrawn(FileRef file, Contact officer, OffsetDateTime withdrawnAt) {
    }

    /** application.draft-expiring: a draft nobody changed for a year is deleted on {@code deletionOn}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DraftExpiring(FileRef file, LocalDate lastChangedOn, LocalDate deletionOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GrantRef(UUID grantId, UUID applicationId, String reference, String title, UUID organisationId,
            String organisationName,
            String deliberationNumber, BigDecimal awardedAmount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentRef(UUID paymentId, String kind, Integer sequence, String label, BigDecimal amount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentScheduled(GrantRef grant, LocalDate lapseDate,
            List<PlannedPayment> payments) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record PlannedPayment(String kind, Integer sequence, BigDecimal plannedAmount) {
        }
    }

    /** {@code officer}: the file's officer, who reviews the request (absent for grants opened before it was carried). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentRequested(GrantRef grant, PaymentRef payment,
            BigDecimal requestedAmount, String requestedByName, OffsetDateTime requestedAt, Contact officer) {
    }

    /** The service fait certified: the amount liquidated awaits its mandate. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentLiquidated(GrantRef grant, PaymentRef payment, BigDecimal acceptedEligibleBase,
            String liquidatedBy, OffsetDateTime liquidatedAt) {
    }

    /** Finance sent the liquidation back to the officer, with the reason: the officer liquidates again. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LiquidationReturned(GrantRef grant, PaymentRef payment, String reason, BigDecimal returnedAmount,
            String returnedByName, OffsetDateTime returnedAt, Contact officer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentOrdered(GrantRef grant, PaymentRef payment,
            LocalDate requestedExecutionDate, String accountEnding) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentPaid(GrantRef grant, PaymentRef payment, OffsetDateTime paidAt,
            boolean withoutTransfer, BigDecimal totalPaid, boolean grantClosed, BigDecimal finalAmount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PaymentRejected(GrantRef grant, PaymentRef payment, String reason,
            boolean byBank, List<RejectedLine> rejectedLines) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record RejectedLine(String label, BigDecimal realisedAmount, String comment) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecoveryIssued(GrantRef grant, BigDecimal amount, BigDecimal finalAmount,
            BigDecimal paidAmount, String reason, OffsetDateTime issuedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LapseWarning(GrantRef grant, LocalDate lapseDate, Integer daysLeft) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Lapsed(GrantRef grant, LocalDate lapseDate) {
    }
}
