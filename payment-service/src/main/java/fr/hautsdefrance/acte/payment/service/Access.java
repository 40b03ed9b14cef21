package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.Payment;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.UUID;

/**
 * Who may reach which grant: the members of the beneficiary organisation (as application-service
 * last reported them) and regional staff. Anything else is answered exactly as a grant that does
 * not exist, so ids reveal nothing.
 */
@ApplicationScoped
public class Access {

    private final CurrentUser user;
    private final EntityManager entityManager;

    @Inject
    public Access(CurrentUser user, EntityManager entityManager) {
        this.user = user;
        this.entityManager = entityManager;
    }

    /** A grant the caller may read: a member of its organisation, or regional staff. */
    public GrantAccount readable(UUID grantId) {
        GrantAccount grant = GrantAccount.findById(grantId);
        if (grant != null && (user.isRegionalStaff() || grant.hasMember(user.subject()))) {
            return grant;
        }
        throw grantNotFound(grantId);
    }

    /** The same, locked for the rest of the transaction: commands on one grant run one after the other. */
    public GrantAccount readableLocked(UUID grantId) {
        GrantAccount grant = locked(grantId);
        if (grant != null && (user.isRegionalStaff() || grant.hasMember(user.subject()))) {
            return grant;
        }
        throw grantNotFound(grantId);
    }

    /** A grant the caller acts on as beneficiary: members of its organisation only, locked. */
    public GrantAccount asMemberLocked(UUID grantId) {
        GrantAccount grant = locked(grantId);
        if (grant == null || !grant.hasMember(user.subject())) {
            throw grantNotFound(grantId);
        }
        return grant;
    }

    /** A payment of a grant the caller may read. */
    public Payment payment(UUID paymentId) {
        Payment payment = Payment.findById(paymentId);
        if (payment != null) {
            GrantAccount grant = GrantAccount.findById(payment.grantId);
            if (grant != null && (user.isRegionalStaff() || grant.hasMember(user.subject()))) {
                return payment;
            }
        }
        throw ProblemException.notFound("Aucun versement " + paymentId + " accessible avec votre compte.");
    }

    /** A payment and its grant, the grant locked first (see {@link #locked}). */
    public record LockedPayment(GrantAccount grant, Payment payment) {
    }

    /** A payment of a grant the caller may read, with its grant locked for the rest of the transaction. */
    public LockedPayment paymentLocked(UUID paymentId) {
        java.util.List<UUID> grantIds = entityManager
                .createQuery("select p.grantId from Payment p where p.id = :id", UUID.class)
                .setParameter("id", paymentId).getResultList();
        if (!grantIds.isEmpty()) {
            GrantAccount grant = locked(grantIds.get(0));
            if (grant != null && (user.isRegionalStaff() || grant.hasMember(user.subject()))) {
                return new LockedPayment(grant, Payment.findById(paymentId));
            }
        }
        throw ProblemException.notFound("Aucun versement " + paymentId + " accessible avec votre compte.");
    }

    /**
     * A grant read and locked in one statement (select … for update), before anything else of it is
     * loaded: the caller then sees the state the previous command on this grant committed.
     */
    public GrantAccount locked(UUID grantId) {
        return entityManager.find(GrantAccount.class, grantId, LockModeType.PESSIMISTIC_WRITE);
    }

    public static ProblemException grantNotFound(UUID grantId) {
        return ProblemException.notFound("Aucune subvention " + grantId + " accessible avec votre compte.");
    }
}
