package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.RefusedAction;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Conflicts of interest on payments (ACTE.md): a member of the staff who belongs to the beneficiary
 * organisation takes no part in its payments (déport): they neither review its payment requests,
 * nor validate its bank details, nor prepare or approve its payment orders. Every refusal is kept
 * ({@code refused_action}), in a transaction of its own since the command itself is rolled back.
 */
@ApplicationScoped
public class Impartiality {

    /** The staff's steps on a grant, as refusals name them. */
    public enum Step { PAYMENT_REVIEW, PAYMENT_REJECTION, BANK_DETAILS_ENTRY, BANK_DETAILS_VALIDATION,
        BANK_DETAILS_REJECTION, ORDER_PREPARATION, ORDER_APPROVAL, LIQUIDATION_RETURN, RECOVERY_CONFIRMATION, RECOVERY_FOLLOW_UP }

    private final CurrentUser user;
    private final Clock clock;

    @Inject
    public Impartiality(CurrentUser user, Clock clock) {
        this.user = user;
        this.clock = clock;
    }

    /** Refuses the step to a member of the staff who belongs to the grant's organisation. */
    public void ensureImpartial(GrantAccount grant, Step step) {
        if (user.isRegionalStaff() && grant.hasMember(user.subject())) {
            recordRefusal(grant.id, user.subject(), step);
            throw ProblemException.forbidden("Vous êtes membre de la structure bénéficiaire de la subvention "
                    + grant.reference + " : vous ne pouvez pas intervenir sur ses versements ni ses coordonnées "
                    + "bancaires (déport). Demandez à un·e collègue de s'en charger ; votre tentative est enregistrée.");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void recordRefusal(UUID grantId, String actor, Step step) {
        RefusedAction.of(grantId, actor, step.name(), "member of the beneficiary organisation",
                OffsetDateTime.now(clock)).persist();
    }
}
