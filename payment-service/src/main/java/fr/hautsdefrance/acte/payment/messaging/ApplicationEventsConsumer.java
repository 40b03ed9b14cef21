package fr.hautsdefrance.acte.payment.messaging;

import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.domain.PaymentRuleException;
import fr.hautsdefrance.acte.payment.domain.PlannedExpense;
import fr.hautsdefrance.acte.payment.domain.VotedRate;
import fr.hautsdefrance.acte.payment.service.GrantService;
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
 * event applied once whatever the redeliveries; the organisation events on the same topic go to
 * OrganisationEventsHandler (who may act for the grants).
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, GrantService grants, OrganisationEventsHandler organisations) {
        this.inbox = inbox;
        this.handlers = organisations.register(EventHandlers.builder())
                .on(PaymentEvents.APPLICATION_APPROVED, ApplicationApproved.class, (event, approved) -> {
                    GrantService.Award award = award(approved, event.id());
                    // Those removed from the organisation since the event was written act no more for it.
                    return () -> grants.open(award.withMembers(
                            organisations.currentMembers(award.organisationId(), award.members())));
                })
                .on(PaymentEvents.APPLICATION_AGREEMENT_SIGNED, AgreementSigned.class, (event, signed) -> {
                    if (signed.file() == null || signed.file().applicationId() == null || signed.signedAt() == null
                            || signed.signedBy() == null) {
                        throw new PoisonEventException("event " + event.id()
                                + " (agreement-signed) lacks the file or the signature");
                    }
                    return () -> grants.recordAgreement(signed.file().applicationId(), signed.signedAt(),
                            signed.signedBy(), signed.signerName(),
                            organisations.currentMembers(signed.file().organisationId(), members(signed.contacts())));
                })
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }

    private GrantService.Award award(ApplicationApproved approved, String eventId) {
        if (approved.file() == null || approved.file().applicationId() == null || approved.decision() == null
                || approved.decision().decidedAt() == null || approved.beneficiary() == null
                || approved.awardedAmount() == null || approved.rate() == null || approved.plannedBase() == null) {
            throw new PoisonEventException("event " + eventId + " (approved) lacks the file, the decision, the "
                    + "beneficiary or the amounts");
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
                    approved.decision().committeeSessionId(), members(approved.contacts()), planned,
                    approved.officer() == null || approved.officer().subject() == null ? null
                            : new GrantMember(approved.officer().subject(), approved.officer().email(),
                            approved.officer().name()));
        } catch (PaymentRuleException e) {
            throw new PoisonEventException("event " + eventId + " (approved): " + e.getMessage());
        }
    }

    private static List<GrantMember> members(List<ApplicationApproved.Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().filter(c -> c.subject() != null)
                .map(c -> new GrantMember(c.subject(), c.email(), c.name())).toList();
    }
}
