package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.hautsdefrance.acte.application.domain.ExpenseCategory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A grant as payment-service shows it to its beneficiary: the award and its rules, the schedule and
 * each payment, the bank details (the IBAN masked by payment-service). Statuses are kept as
 * payment-service names them, so a new one never breaks the page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GrantDetails(UUID id, String reference, String title, String status,
        List<ExpenseCategory> eligibleCategories, BigDecimal awardedAmount, BigDecimal rate, BigDecimal eligibleBase,
        String deliberationNumber, LocalDate lapseDate, Rules rules, BigDecimal advanceAmount,
        BigDecimal instalmentCap, BigDecimal paidAmount, BigDecimal finalAmount, List<Payment> payments,
        List<BankAccount> bankAccounts, Recovery recovery) {

    private static final Set<String> IN_PROGRESS = Set.of("REQUESTED", "VALIDATED", "APPROVED", "ORDERED");

    public GrantDetails {
        eligibleCategories = eligibleCategories == null ? List.of() : List.copyOf(eligibleCategories);
        payments = payments == null ? List.of() : List.copyOf(payments);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rules(BigDecimal advanceRate, BigDecimal instalmentCeiling, BigDecimal minimumPayment,
            int validityMonths) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Payment(UUID id, String kind, int sequence, String label, String status, BigDecimal plannedAmount,
            BigDecimal requestedAmount, BigDecimal amount, BigDecimal acceptedEligibleBase, OffsetDateTime requestedAt,
            OffsetDateTime paidAt, OffsetDateTime rejectedAt, String rejectionReason, List<Line> lines,
            LiquidationReturn liquidationReturn) {

        public Payment {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public boolean inProgress() {
            return IN_PROGRESS.contains(status);
        }

        /** An instalment or balance whose expense statement waits for the officer's review (an advance has none). */
        public boolean awaitingReview() {
            return "REQUESTED".equals(status) && !"ADVANCE".equals(kind);
        }

        /** The amount that means most at this stage: paid or due, else asked, else planned. */
        public BigDecimal shownAmount() {
            return amount != null ? amount : requestedAmount != null ? requestedAmount : plannedAmount;
        }

        /** When it last moved, as far as the beneficiary is concerned. */
        public OffsetDateTime movedAt() {
            return paidAt != null ? paidAt : rejectedAt != null ? rejectedAt : requestedAt;
        }
    }

    /** Finance's last return of the payment's liquidation to the officer: who, when and why. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LiquidationReturn(String returnedByName, OffsetDateTime returnedAt, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(int line, ExpenseCategory category, String label, BigDecimal realisedAmount,
            List<String> supportingDocuments, String decision, BigDecimal acceptedAmount, String comment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BankAccount(UUID id, String holderName, String iban, String bic, String streetName,
            String buildingNumber, String postCode, String townName, String country, String status,
            OffsetDateTime enteredAt, OffsetDateTime decidedAt, String rejectionReason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recovery(BigDecimal amount, BigDecimal finalAmount, String reason, OffsetDateTime issuedAt) {
    }

    /** The payments in the order of the schedule: the advance, the instalments, the balance. */
    public List<Payment> schedule() {
        return payments.stream().sorted(java.util.Comparator.comparingInt((Payment p) -> switch (p.kind()) {
            case "ADVANCE" -> 0;
            case "INSTALMENT" -> 1;
            default -> 2;
        }).thenComparingInt(Payment::sequence)).toList();
    }

    /** The lapse date matters until a first payment is requested. */
    public boolean lapseThreatened() {
        return lapseDate != null && isOpen() && payments.stream().allMatch(p -> p.requestedAt() == null);
    }

    public boolean isOpen() {
        return "OPEN".equals(status);
    }

    /** Closed or lapsed: nothing more can be asked nor changed. */
    public boolean isFinished() {
        return "CLOSED".equals(status) || "LAPSED".equals(status);
    }

    /** The payment being processed, or null: payment-service takes one request at a time. */
    public Payment inProgress() {
        return payments.stream().filter(Payment::inProgress).findFirst().orElse(null);
    }

    /**
     * The advance may be asked for while the grant is open, nothing else is being processed, no
     * instalment nor the balance has been asked for, and the advance itself has not been.
     */
    public boolean advanceOffered() {
        return isOpen() && inProgress() == null
                && payments.stream().noneMatch(p -> !"ADVANCE".equals(p.kind()) && p.requestedAt() != null)
                && payments.stream().noneMatch(p -> "ADVANCE".equals(p.kind()) && !"REJECTED".equals(p.status())
                        && !"SCHEDULED".equals(p.status()));
    }

    /** An instalment or the balance may be asked for until the balance has been. */
    public boolean statementOffered() {
        return isOpen() && inProgress() == null && payments.stream().noneMatch(p -> "BALANCE".equals(p.kind())
                && !"REJECTED".equals(p.status()) && !"SCHEDULED".equals(p.status()));
    }

    /** Bank details waiting for the Region's finance officers. */
    public boolean bankDetailsPending() {
        return bankAccounts.stream().anyMatch(a -> "PENDING".equals(a.status()));
    }

    public boolean hasValidatedBankDetails() {
        return bankAccounts.stream().anyMatch(a -> "VALIDATED".equals(a.status()));
    }

    /** New bank details may be entered unless some already wait for validation or the grant is over. */
    public boolean bankDetailsOffered() {
        return !isFinished() && !bankDetailsPending();
    }
}
