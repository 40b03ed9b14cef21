package fr.hautsdefrance.acte.application.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What payment-service shows its finance officers: payments on their way to a mandate, the
 * bordereaux sent to the public accountant, the titres de recette to collect. Statuses are kept as
 * payment-service names them (a new one never breaks a page); the portal names them in French from the
 * message bundle.
 */
public final class FinanceViews {

    private FinanceViews() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items, long total) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Creditor(String holderName, String iban, String bic, String townName) {
    }

    /** A payment as finance follows it: liquidated, prepared, approved, then put in a bordereau. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Mandate(UUID id, UUID grantId, String kind, String label, String status, BigDecimal amount,
            String validatedBy, OffsetDateTime validatedAt, String preparedBy, String preparedByName,
            OffsetDateTime preparedAt, String approvedBy, String approvedByName, OffsetDateTime approvedAt, UUID batchId,
            Integer mandateNumber, Creditor creditor) {

        public boolean prepared() {
            return preparedBy != null;
        }

        /**
         * Finance may send an instalment's liquidation back to the officer until its mandate is prepared;
         * the advance is liquidated on the agreement, the balance fixed the final amount (payment-service).
         */
        public boolean returnable() {
            return "INSTALMENT".equals(kind) && !prepared();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BatchPayment(UUID paymentId, UUID grantId, String grantReference, String kind, int sequence,
            BigDecimal amount, String status, Integer mandateNumber, LocalDate takenInChargeOn,
            String rejectionReason) {
    }

    /** A bordereau of mandates (channel PES) or a SEPA file; {@code messageId} is the file's name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Batch(UUID id, String channel, String messageId, Integer exercise, Integer bordereauNumber,
            int numberOfTransactions, BigDecimal controlSum, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime acknowledgedAt, OffsetDateTime refusedAt, String refusalReason,
            List<BatchPayment> payments) {

        public Batch {
            payments = payments == null ? List.of() : List.copyOf(payments);
        }

        public boolean pes() {
            return "PES".equals(channel);
        }

        /** Where the file is with the payer, in a word. */
        public String stateLabel() {
            if (refusedAt != null) {
                return "Refusé par le comptable";
            }
            if (acknowledgedAt != null) {
                return "Acquitté par le comptable";
            }
            return pes() ? "Transmis, en attente de l'acquit" : "Transmis à la banque";
        }

        public String title() {
            return pes() ? "Bordereau n° " + bordereauNumber + " de " + exercise : "Virements SEPA " + messageId;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Recovery(UUID id, UUID grantId, String status, BigDecimal amount, BigDecimal finalAmount,
            BigDecimal paidAmount, String reason, OffsetDateTime issuedAt, LocalDate collectedOn, Integer titreNumber,
            UUID recoveryBatchId) {
    }

    public record Collection(LocalDate collectedOn) {
    }

    /** Why finance sends a liquidation back to the officer. */
    public record LiquidationReturn(String reason) {
    }

    /** The payments to put in a bordereau; none listed: every approved one. */
    public record NewBatch(List<UUID> paymentIds) {
    }
}
