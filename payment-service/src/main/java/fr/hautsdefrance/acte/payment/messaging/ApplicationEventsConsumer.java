package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.domain.PaymentRuleException;
import fr.hautsdefrance.acte.payment.domain.PlannedExpense;
import fr.hautsdefrance.acte.payment.domain.VotedRate;
import fr.hautsdefrance.acte.payment.service.GrantService;
import fr.hautsdefrance.acte.payment.service.OrganisationMembership;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Opens grant accounts from the applications' lifecycle: {@code application.approved} (the award)
 * and {@code application.agreement-signed} (the advance becomes payable), in either order, each
 * event applied once whatever the redeliveries; who acts for a grant comes from the organisation's
 * contacts record (OrganisationContactsConsumer), its renaming on this topic from OrganisationEventsHandler.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, GrantService grants, OrganisationEventsHandler organisations,
            OrganisationMembership membership) {
        this.inbox = inbox;
        this.handlers = organisations.register(EventHandlers.builder())
                .on(PaymentEvents.APPLICATION_APPROVED, ApplicationApproved.class, (event, approved) -> {
                    GrantService.Award award = award(approved, event.id());
                    // Who acts for the grant: the organisation's members now (its contacts record), retried
                    // until that record has arrived.
                    return () -> grants.open(award.withMembers(membership.membersOf(award.organisationId())));
                })
                .on(PaymentEvents.APPLICATION_AGREEMENT_SIGNED, AgreementSigned.class, (event, signed) -> {
                    if (signed.file() == null || signed.file().applicationId() == null
                            || signed.file().organisationId() == null || signed.signedAt() == null
                            || signed.signedBy() == null) {
                        throw new PoisonEventException("event " + event.id()
                                + " (agreement-signed) lacks the file, its organisation or the signature");
                    }
                    return () -> grants.recordAgreement(signed.file().applicationId(), signed.signedAt(),
                            signed.signedBy(), signed.signerName(),
                            membership.membersOf(signed.file().organisationId()));
                })
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }

    private GrantService.Award award(ApplicationApproved approved, String eventId) {
        if (approved.file() == null || approved.file().applicationId() == null
                || approved.file().organisationId() == null || approved.decision() == null
                || approved.decision().decidedAt() == null || approved.beneficiary() == null
                || approved.awardedAmount() == null || approved.rate() == null || approved.plannedBase() == null) {
            throw new PoisonEventException("event " + eventId + " (approved) lacks the file, its organisation, the "
                    + "decision, the beneficiary or the amounts");
        }
        if (approved.awardedAmount().scale() > 2 || approved.awardedAmount().signum() <= 0) {
            throw new PoisonEventException("event " + eventId + " (approved) has an awarded amount that is not euros "
                    + "and cents: " + approved.awardedAmount());
        }
        try {
            VotedRate voted = VotedRate.of(approved.awardedAmount(), approved.plannedBase());
            if (approved.votedRate() != null && !voted.agreesWith(approved.votedRate())) {
                throw new PoisonEventException("event " + eventId + " (approved) declares a voted rate of "
                        + approved.votedRate() + " that is not the award divided by the planned eligible base ("
                        + approved.awardedAmount() + " / " + approved.plannedBase() + ")");
            }
        } catch (PaymentRuleException e) {
            throw new PoisonEventException("event " + eventId + " (approved): " + e.getMessage());
        }
        ApplicationApproved.File file = approved.file();
        ApplicationApproved.Beneficiary beneficiary = approved.beneficiary();
        List<PlannedExpense> planned = approved.plannedExpenses() == null ? List.of()
                : approved.plannedExpenses().stream().map(p -> new PlannedExpense(p.category(), p.amount())).toList();
        try {
            return new GrantService.Award(file.applicationId(), file.callId(), file.reference(), file.title(), file.organisationId(),
                    file.organisationName(), file.stage(), beneficiary.name(), beneficiary.siren(), beneficiary.siret(),
                    beneficiary.rna(), beneficiary.addressLine(), beneficiary.postcode(), beneficiary.communeCode(),
                    approved.awardedAmount(), approved.rate(), approved.plannedBase(),
                    approved.decision().deliberationNumber(), approved.decision().decidedAt(),
                    approved.decision().committeeSessionId(), List.of(), planned,
                    approved.officer() == null || approved.officer().subject() == null ? null
                            : new GrantMember(approved.officer().subject(), approved.officer().email(),
                            approved.officer().name()));
        } catch (PaymentRuleException e) {
            throw new PoisonEventException("event " + eventId + " (approved): " + e.getMessage());
        }
    }
}
