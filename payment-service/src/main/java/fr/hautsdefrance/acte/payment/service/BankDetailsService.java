package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.BankAccount;
import fr.hautsdefrance.acte.payment.domain.BankAccountStatus;
import fr.hautsdefrance.acte.payment.domain.BankIdentifiers;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.GrantStatus;
import fr.hautsdefrance.acte.payment.domain.IllegalTransitionException;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import fr.hautsdefrance.acte.web.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The beneficiary's bank details: entered by a member of the organisation (or by finance), used for
 * payments only once another finance officer has validated them. Until then the previously
 * validated account, if any, stays the one paid.
 */
@ApplicationScoped
public class BankDetailsService {

    private final Access access;
    private final Impartiality impartiality;
    private final CurrentUser user;
    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    public BankDetailsService(Access access, Impartiality impartiality, CurrentUser user, EntityManager entityManager, Clock clock) {
        this.access = access;
        this.impartiality = impartiality;
        this.user = user;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Bank details as entered (a RIB). */
    public record Details(String holderName, String iban, String bic, String streetName, String buildingNumber,
            String postCode, String townName, String country) {
    }

    @Transactional
    public BankAccount propose(UUID grantId, Details details) {
        GrantAccount grant = user.is(Roles.FINANCE) ? access.readableLocked(grantId) : access.asMemberLocked(grantId);
        impartiality.ensureImpartial(grant, Impartiality.Step.BANK_DETAILS_ENTRY);
        if (grant.status() == GrantStatus.CLOSED || grant.status() == GrantStatus.LAPSED) {
            throw new IllegalTransitionException("La subvention " + grant.reference + " est close : ses coordonnées "
                    + "bancaires ne peuvent plus changer.");
        }
        if (BankAccount.count("grantId = ?1 and status = ?2", grant.id, BankAccountStatus.PENDING) > 0) {
            throw ProblemException.conflict("bank-details-pending", "Des coordonnées bancaires attendent déjà la "
                    + "validation du service financier : attendez sa décision avant d'en saisir d'autres.");
        }
        // Mistyped identifiers are bad input (400, the field named), not a refusal by the payment rules.
        String ibanProblem = BankIdentifiers.ibanProblem(details.iban());
        if (ibanProblem != null) {
            throw ProblemException.invalidField("iban", capitalised(ibanProblem) + ".");
        }
        String bicProblem = BankIdentifiers.bicProblem(details.bic(), details.iban());
        if (bicProblem != null) {
            throw ProblemException.invalidField("bic", capitalised(bicProblem) + ".");
        }
        String iban = BankIdentifiers.normalise(details.iban());
        BankAccount blocked = BankAccount.<BankAccount>find("grantId = ?1 and iban = ?2 and status = ?3", grant.id, iban,
                BankAccountStatus.BLOCKED).firstResult();
        if (blocked != null) {
            throw ProblemException.conflict("blocked-account", "Ce compte a été refusé par la banque ("
                    + blocked.blockedReason() + ") : aucun versement n'y sera plus envoyé. Indiquez les coordonnées "
                    + "d'un autre compte de la structure.");
        }
        BankAccount account = BankAccount.propose(grant.id, details.holderName(), details.iban(), details.bic(),
                details.streetName(), details.buildingNumber(), details.postCode(), details.townName(),
                details.country(), user.subject(), user.displayName(), OffsetDateTime.now(clock));
        account.persist();
        return account;
    }

    /** A finance officer other than the person who entered them confirms the details (against the RIB). */
    @Transactional
    public BankAccount validate(UUID grantId, UUID accountId) {
        GrantAccount grant = access.readableLocked(grantId);
        impartiality.ensureImpartial(grant, Impartiality.Step.BANK_DETAILS_VALIDATION);
        BankAccount account = pending(grant, accountId);
        if (account.status() != BankAccountStatus.PENDING) {
            throw new IllegalTransitionException(
                    new IllegalTransitionException.BankDetailsAlreadyDecided(account.status()));
        }
        BankAccount.<BankAccount>list("grantId = ?1 and status = ?2", grant.id, BankAccountStatus.VALIDATED)
                .forEach(BankAccount::supersede);
        // The previous account leaves VALIDATED before the new one enters it (one validated account per grant);
        // a refusal below rolls both back.
        entityManager.flush();
        account.validate(user.subject(), user.displayName(), OffsetDateTime.now(clock));
        return account;
    }

    @Transactional
    public BankAccount reject(UUID grantId, UUID accountId, String reason) {
        GrantAccount grant = access.readableLocked(grantId);
        impartiality.ensureImpartial(grant, Impartiality.Step.BANK_DETAILS_REJECTION);
        BankAccount account = pending(grant, accountId);
        account.reject(user.subject(), user.displayName(), reason, OffsetDateTime.now(clock));
        return account;
    }

    private static String capitalised(String message) {
        return Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static BankAccount pending(GrantAccount grant, UUID accountId) {
        BankAccount account = BankAccount.findById(accountId);
        if (account == null || !account.grantId.equals(grant.id)) {
            throw ProblemException.notFound("Aucunes coordonnées bancaires " + accountId + " sur cette subvention.");
        }
        return account;
    }
}
