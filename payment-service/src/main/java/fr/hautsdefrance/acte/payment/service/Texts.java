package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.GrantStatus;
import fr.hautsdefrance.acte.payment.domain.PaymentKind;
import fr.hautsdefrance.acte.payment.domain.PaymentStatus;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The French names of payment-service's codes, as refusals, exports, transfer files and events show them.
 * The wording lives in {@code messages/msg_fr.properties}, one key per enum constant
 * ({@code paymentStatus_VALIDATED}), so that it can be changed without touching Java. Services inject this
 * interface; the static builders of views and event payloads read it through {@code MessageBundles.get}.
 * The build fails when a constant has no wording, or when a key names no constant.
 */
@MessageBundle(value = "msg", locale = "fr")
public interface Texts {

    /** In lower case, as it sits in a sentence: « au statut « liquidé » ». */
    @Message
    String paymentStatus(PaymentStatus status);

    @Message
    String paymentKind(PaymentKind kind);

    /** The payment as pages and events label it: avance, acompte n° 2, solde. */
    @Message
    String payment(PaymentKind kind, int sequence);

    /** The payment at the head of a sentence, with its article: L'avance, L'acompte n° 2, Le solde. */
    @Message
    String paymentNamed(PaymentKind kind, int sequence);

    /** The payment after « de », with its article: de l'avance, de l'acompte n° 2, du solde. */
    @Message
    String paymentOf(PaymentKind kind, int sequence);

    /** The payment in the remittance text of transfer and mandate files: avance, acompte 2, solde. */
    @Message
    String paymentRemitted(PaymentKind kind, int sequence);

    /** In the words of a refusal: « (statut : validées) ». */
    @Message
    String bankAccountStatus(BankAccountStatus status);

    @Message
    String recoveryStatus(RecoveryStatus status);

    /** A payment asked a step its status does not allow, and what follows from it. */
    @Message
    String paymentStepRefused(PaymentKind kind, int sequence, PaymentStatus status, String consequence);

    @Message
    String paymentInProgress(PaymentKind kind, int sequence, PaymentStatus status);

    @Message
    String paymentAlreadyRequested(PaymentKind kind, int sequence, PaymentStatus status);

    @Message
    String nothingToPay(PaymentKind kind, int sequence);

    @Message
    String orderPreparedByAnother(PaymentKind kind, int sequence, String preparedBy);

    @Message
    String orderNotPrepared(PaymentKind kind, int sequence);

    @Message
    String mandatePrepared(PaymentKind kind, int sequence, String preparedBy);

    @Message
    String transferNoLongerRejectable(String endToEndId, PaymentStatus status);

    @Message
    String bankDetailsAlreadyDecided(BankAccountStatus status);

    @Message
    String bankDetailsNeverUsed(BankAccountStatus status);

    /** An action on a recovery order that is no longer owed: what was asked, in the infinitive. */
    @Message
    String recoveryNotOwed(RecoveryStatus status, String action);

    @Message
    String recoveryNotAwaitingCheck(RecoveryStatus status);

    /** In the words of a sentence about the grant: « La subvention … est soldée ». */
    @Message
    String grantStatus(GrantStatus status);

    /** A grant asked a step its status does not allow, and what follows from it. */
    @Message
    String grantStepRefused(String reference, GrantStatus status, String consequence);
}
