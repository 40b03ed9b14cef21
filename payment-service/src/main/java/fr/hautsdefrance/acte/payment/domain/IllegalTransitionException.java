package fr.hautsdefrance.acte.payment.domain;

import java.util.Optional;

/**
 * The payment, bank details or grant is not in a state that allows this action. A refusal that names a
 * status or a kind of payment carries them ({@link #refusal()}): people read it worded by the message
 * bundle, and the message here is for the logs. Other refusals carry their French message.
 */
public class IllegalTransitionException extends RuntimeException {

    private final transient Refusal refusal;

    public IllegalTransitionException(String message) {
        super(message);
        this.refusal = null;
    }

    public IllegalTransitionException(Refusal refusal) {
        super(refusal.toString());
        this.refusal = refusal;
    }

    /** What the refusal is about, when it names statuses or kinds; empty when the message says it all. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The refusals that name a status or a kind of payment, with what they name. */
    public sealed interface Refusal {
    }

    /** A step the payment's status does not allow, and what follows (« impossible de la valider »). */
    public record PaymentStepRefused(PaymentKind kind, int sequence, PaymentStatus status, String consequence)
            implements Refusal {
    }

    /** Another payment of the grant is still being processed: one request at a time. */
    public record PaymentInProgress(PaymentKind kind, int sequence, PaymentStatus status) implements Refusal {
    }

    public record PaymentAlreadyRequested(PaymentKind kind, int sequence, PaymentStatus status) implements Refusal {
    }

    public record NothingToPay(PaymentKind kind, int sequence) implements Refusal {
    }

    /** Only the finance officer who prepared the order ({@code preparedBy}, as people know them) prepares it again. */
    public record OrderPreparedByAnother(PaymentKind kind, int sequence, String preparedBy) implements Refusal {
    }

    public record OrderNotPrepared(PaymentKind kind, int sequence) implements Refusal {
    }

    /** The mandate is prepared: the liquidation can no longer go back to the officer. */
    public record MandatePrepared(PaymentKind kind, int sequence, String preparedBy) implements Refusal {
    }

    /** The bank reports a rejection for a transfer that is no longer out to it. */
    public record TransferNoLongerRejectable(String endToEndId, PaymentStatus status) implements Refusal {
    }

    public record BankDetailsAlreadyDecided(BankAccountStatus status) implements Refusal {
    }

    /** Only bank details once used for a payment can be blocked. */
    public record BankDetailsNeverUsed(BankAccountStatus status) implements Refusal {
    }

    /** An action on a recovery order no longer owed ({@code action} in the infinitive). */
    public record RecoveryNotOwed(RecoveryStatus status, String action) implements Refusal {
    }

    public record RecoveryNotAwaitingCheck(RecoveryStatus status) implements Refusal {
    }

    /** A step the grant's status does not allow, and what follows (« elle ne peut pas être soldée »). */
    public record GrantStepRefused(String reference, GrantStatus status, String consequence) implements Refusal {
    }
}
