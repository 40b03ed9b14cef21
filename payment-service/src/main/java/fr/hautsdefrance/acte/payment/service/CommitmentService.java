package fr.hautsdefrance.acte.payment.service;

import fr.hautsdefrance.acte.messaging.Outbox;
import fr.hautsdefrance.acte.payment.config.PaymentConfig;
import fr.hautsdefrance.acte.payment.domain.BudgetImputation;
import fr.hautsdefrance.acte.payment.domain.CallImputation;
import fr.hautsdefrance.acte.payment.domain.Commitment;
import fr.hautsdefrance.acte.payment.domain.GrantAccount;
import fr.hautsdefrance.acte.payment.domain.MoneyRules;
import fr.hautsdefrance.acte.payment.messaging.EventPayloads;
import fr.hautsdefrance.acte.payment.messaging.PaymentEvents;
import fr.hautsdefrance.acte.web.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Commitments (engagements): each award is committed at the vote on the budget imputation of its
 * call, as finance set it, else the deployment's default; what will never be paid is released
 * (dégagement) when the final amount is fixed or the grant lapses. The imputation lives here, with
 * the payments it is charged by, keyed by the call id that application.approved carries.
 */
@ApplicationScoped
public class CommitmentService {

    private final Outbox outbox;
    private final CurrentUser user;
    private final EntityManager entityManager;
    private final PaymentConfig config;
    private final Clock clock;

    @Inject
    public CommitmentService(Outbox outbox, CurrentUser user, EntityManager entityManager, PaymentConfig config,
            Clock clock) {
        this.outbox = outbox;
        this.user = user;
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    /** The default imputation of this deployment, checked. */
    public BudgetImputation defaultImputation() {
        PaymentConfig.Imputation d = config.defaultImputation();
        return new BudgetImputation(d.budget(), d.chapter(), d.nature(), d.function(), d.programme(),
                d.authorisation());
    }

    /** The imputation finance set for the call, if any. */
    public Optional<CallImputation> ofCall(UUID callId) {
        return callId == null ? Optional.empty() : CallImputation.findByIdOptional(callId);
    }

    /** Finance sets (or changes) the imputation of a call; awards already committed keep theirs. */
    @Transactional
    public CallImputation setForCall(UUID callId, BudgetImputation imputation) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        CallImputation existing = CallImputation.findById(callId);
        if (existing == null) {
            CallImputation created = CallImputation.of(callId, imputation, user.subject(), now);
            created.persist();
            return created;
        }
        existing.change(imputation, user.subject(), now);
        return existing;
    }

    /** Commits a newly voted award (within the transaction that opens the grant). */
    public Commitment commit(GrantAccount grant, UUID callId, OffsetDateTime now) {
        Optional<CallImputation> ofCall = ofCall(callId);
        BudgetImputation imputation = ofCall.map(c -> c.imputation).orElseGet(this::defaultImputation);
        long sequence = ((Number) entityManager.createNativeQuery("select nextval('commitment_number_seq')")
                .getSingleResult()).longValue();
        String number = "ENG-" + grant.decidedAt.getYear() + "-" + String.format("%06d", sequence);
        Commitment commitment = Commitment.of(grant, number, imputation, ofCall.isEmpty(), now);
        commitment.persist();
        outbox.publish(PaymentEvents.COMMITTED, grant.id.toString(), EventPayloads.Committed.of(grant, commitment));
        return commitment;
    }

    public Optional<Commitment> of(UUID grantId) {
        return Commitment.find("grantId", grantId).firstResultOptional();
    }

    /**
     * The grant's final amount is fixed (on the balance): the commitment comes down to it and the
     * rest is released. Grants opened before commitments existed have none: nothing to release.
     */
    public void fixFinalAmount(GrantAccount grant, BigDecimal finalAmount, OffsetDateTime now) {
        grant.fixFinalAmount(finalAmount);
        release(grant, grant.finalAmount(), "Montant définitif arrêté au solde : " + MoneyRules.french(grant.finalAmount()), now);
    }

    /** The grant lapsed: nothing will be paid, the whole commitment is released. */
    public void lapse(GrantAccount grant, OffsetDateTime now) {
        release(grant, BigDecimal.ZERO, "Subvention caduque", now);
    }

    private void release(GrantAccount grant, BigDecimal kept, String reason, OffsetDateTime now) {
        Optional<Commitment> commitment = of(grant.id);
        if (commitment.isEmpty()) {
            return;
        }
        BigDecimal released = commitment.get().reduceTo(kept, reason, now);
        outbox.publish(PaymentEvents.COMMITMENT_RELEASED, grant.id.toString(),
                EventPayloads.CommitmentReleased.of(grant, commitment.get(), released));
    }
}
