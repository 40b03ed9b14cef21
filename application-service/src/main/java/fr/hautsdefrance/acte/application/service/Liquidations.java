package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.client.GrantDetails;
import fr.hautsdefrance.acte.application.client.LineReview;
import fr.hautsdefrance.acte.application.client.LiquidationClient;
import fr.hautsdefrance.acte.application.client.PaymentClient;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The officer's liquidation of a payment request: the expense statement read from payment-service
 * with the justificatifs kept among the file's pieces, then the decision per line (or the
 * rejection of the whole request) sent with the officer's own token. payment-service applies the
 * rules (amount within the realised one, eligible category, déport, proration at the voted rate).
 */
@ApplicationScoped
public class Liquidations {

    private final Access access;
    private final PaymentClient payments;
    private final LiquidationClient liquidation;

    @Inject
    public Liquidations(Access access, PaymentClient payments, LiquidationClient liquidation) {
        this.access = access;
        this.payments = payments;
        this.liquidation = liquidation;
    }

    /** The grant of a file, with its payments and their statements; empty while there is none. */
    public Optional<GrantDetails> grantOf(Application application) {
        if (!GrantPayments.WITH_GRANT.contains(application.status())) {
            return Optional.empty();
        }
        return payments.grant(application.id());
    }

    public GrantDetails.Payment review(UUID applicationId, UUID paymentId, List<LineReview> lines) {
        return liquidation.review(ofFile(applicationId, paymentId), lines);
    }

    public GrantDetails.Payment reject(UUID applicationId, UUID paymentId, String reason) {
        return liquidation.reject(ofFile(applicationId, paymentId), reason);
    }

    /** A payment of this file's grant: the page's address names both, they must agree. */
    private UUID ofFile(UUID applicationId, UUID paymentId) {
        boolean ofThisGrant = grantOf(access.readable(applicationId)).stream()
                .flatMap(grant -> grant.payments().stream()).anyMatch(p -> p.id().equals(paymentId));
        if (!ofThisGrant) {
            throw ProblemException.notFound("Aucune demande de versement " + paymentId + " sur ce dossier.");
        }
        return paymentId;
    }
}
