package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.BankDetailsAlreadyDecided;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.BankDetailsNeverUsed;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.GrantStepRefused;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.MandatePrepared;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.NothingToPay;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.OrderNotPrepared;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.OrderPreparedByAnother;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.PaymentAlreadyRequested;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.PaymentInProgress;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.PaymentStepRefused;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.RecoveryNotAwaitingCheck;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.RecoveryNotOwed;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.Refusal;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException.TransferNoLongerRejectable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A refusal as the person who asked reads it. A refusal that names statuses or kinds of payment carries
 * them and is worded here from the message bundle, so that each is named in one place only; the others
 * carry their French message.
 */
@ApplicationScoped
public class Refusals {

    private final Texts texts;

    @Inject
    public Refusals(Texts texts) {
        this.texts = texts;
    }

    public String message(IllegalTransitionException refusal) {
        return refusal.refusal().map(this::worded).orElseGet(refusal::getMessage);
    }

    String worded(Refusal refusal) {
        if (refusal instanceof PaymentStepRefused r) {
            return texts.paymentStepRefused(r.kind(), r.sequence(), r.status(), r.consequence());
        }
        if (refusal instanceof PaymentInProgress r) {
            return texts.paymentInProgress(r.kind(), r.sequence(), r.status());
        }
        if (refusal instanceof PaymentAlreadyRequested r) {
            return texts.paymentAlreadyRequested(r.kind(), r.sequence(), r.status());
        }
        if (refusal instanceof NothingToPay r) {
            return texts.nothingToPay(r.kind(), r.sequence());
        }
        if (refusal instanceof OrderPreparedByAnother r) {
            return texts.orderPreparedByAnother(r.kind(), r.sequence(), r.preparedBy());
        }
        if (refusal instanceof OrderNotPrepared r) {
            return texts.orderNotPrepared(r.kind(), r.sequence());
        }
        if (refusal instanceof MandatePrepared r) {
            return texts.mandatePrepared(r.kind(), r.sequence(), r.preparedBy());
        }
        if (refusal instanceof TransferNoLongerRejectable r) {
            return texts.transferNoLongerRejectable(r.endToEndId(), r.status());
        }
        if (refusal instanceof BankDetailsAlreadyDecided r) {
            return texts.bankDetailsAlreadyDecided(r.status());
        }
        if (refusal instanceof BankDetailsNeverUsed r) {
            return texts.bankDetailsNeverUsed(r.status());
        }
        if (refusal instanceof RecoveryNotOwed r) {
            return texts.recoveryNotOwed(r.status(), r.action());
        }
        if (refusal instanceof RecoveryNotAwaitingCheck r) {
            return texts.recoveryNotAwaitingCheck(r.status());
        }
        if (refusal instanceof GrantStepRefused r) {
            return texts.grantStepRefused(r.reference(), r.status(), r.consequence());
        }
        throw new IllegalArgumentException("No wording for " + refusal);
    }
}
