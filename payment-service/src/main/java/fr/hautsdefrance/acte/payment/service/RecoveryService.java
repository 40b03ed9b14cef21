package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.payment.domain.RecoveryOrder;
import fr.hautsdefrance.acte.payment.domain.RecoveryStatus;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Recovery orders (ordres de reversement): the officer's review of the balance proposes one when more
 * was paid than the realised expenses earn; a second person checks the final amount, then the
 * recovery is issued (the balance settled at 0.00, the grant in recovery), or the statement goes
 * back to review. An issued recovery is followed until finance records it collected or cancelled,
 * which settles the grant.
 */
@ApplicationScoped
public class RecoveryService {

    private final Access access;
    private final Outbox outbox;
    private final CurrentUser user;
    private final CommitmentService commitments;
    private final Clock clock;

    @Inject
    public RecoveryService(Access access, Outbox outbox, CurrentUser user, CommitmentService commitments,
            Clock clock) {
        this.commitments = commitments;
        this.access = access;
        this.outbox = outbox;
        this.user = user;
        this.clock = clock;
    }

    /** The final amount is confirmed by someone other than the officer who fixed it: the recovery is issued. */
    @Transactional
    public RecoveryOrder confirm(UUID recoveryId) {
        Locked locked = locked(recoveryId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        locked.order().issue(user.subject(), user.displayName(), now);
        GrantAccount grant = locked.grant();
        commitments.fixFinalAmount(grant, locked.order().finalAmount, now);
        // The balance is settled at 0.00, but the grant is not: it waits for the money owed. No "paid" is
        // published beside the recovery, which would tell the beneficiary the grant is settled.
        locked.balance().settleWithoutTransfer(now);
        grant.awaitRecovery();
        outbox.publish(PaymentEvents.RECOVERY_ISSUED, grant.id.toString(),
                EventPayloads.RecoveryIssued.of(grant, locked.order()));
        return locked.order();
    }

    /** The public accountant collected the money owed: the grant is settled. */
    @Transactional
    public RecoveryOrder collect(UUID recoveryId, LocalDate collectedOn) {
        Locked locked = locked(recoveryId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (collectedOn.isAfter(now.toLocalDate())) {
            throw ProblemException.invalidField("collectedOn", "La date d'encaissement ne peut pas être future.");
        }
        locked.order().collect(user.subject(), collectedOn, now);
        settle(locked, now);
        return locked.order();
    }

    /** The titre is cancelled (deliberation, remission, error): nothing is owed any more, the grant is settled. */
    @Transactional
    public RecoveryOrder cancel(UUID recoveryId, String reason) {
        Locked locked = locked(recoveryId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        locked.order().cancel(user.subject(), reason, now);
        settle(locked, now);
        return locked.order();
    }

    private void settle(Locked locked, OffsetDateTime now) {
        GrantAccount grant = locked.grant();
        grant.close(now);
        outbox.publish(PaymentEvents.RECOVERY_SETTLED, grant.id.toString(),
                EventPayloads.RecoverySettled.of(grant, locked.order(), locked.balance()));
    }

    /** The final amount is not confirmed: the statement goes back to the officer, the proposal is kept refused. */
    @Transactional
    public RecoveryOrder refuse(UUID recoveryId, String reason) {
        Locked locked = locked(recoveryId);
        locked.order().refuse(user.subject(), user.displayName(), reason, OffsetDateTime.now(clock));
        locked.balance().returnToReview();
        return locked.order();
    }

    public RecoveryOrder recovery(UUID recoveryId) {
        RecoveryOrder order = RecoveryOrder.findById(recoveryId);
        if (order == null) {
            throw notFound(recoveryId);
        }
        return order;
    }

    /** The work queue of the second check: recovery orders in a status, oldest first. */
    public Page<RecoveryOrder> inStatus(RecoveryStatus status, int page, int size) {
        return Page.of(RecoveryOrder.find("status", Sort.ascending("proposedAt", "id"), status), page, size);
    }

    private record Locked(GrantAccount grant, RecoveryOrder order, Payment balance) {
    }

    /** The grant locked first (as every command on it), then its recovery order and balance read afresh. */
    private Locked locked(UUID recoveryId) {
        RecoveryOrder found = recovery(recoveryId);
        GrantAccount grant = access.readableLocked(found.grantId);
        RecoveryOrder order = RecoveryOrder.getEntityManager().find(RecoveryOrder.class, recoveryId);
        RecoveryOrder.getEntityManager().refresh(order);
        Payment balance = Payment.findById(order.paymentId);
        return new Locked(grant, order, balance);
    }

    private static ProblemException notFound(UUID recoveryId) {
        return ProblemException.notFound("Aucun ordre de reversement " + recoveryId + ".");
    }
}
