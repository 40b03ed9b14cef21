package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import fr.hautsdefrance.acte.messaging.PoisonEventException;
import fr.hautsdefrance.acte.payment.domain.GrantMember;
import fr.hautsdefrance.acte.payment.domain.PaymentRuleException;
import fr.hautsdefrance.acte.payment.domain.PlannedExpense;
import fr.hautsdefrance.acte.payment.service.GrantService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

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
    private static final Logger LOG = Logger.getLogger(ApplicationEventsConsumer.class);

    private final Inbox inbox;
    private final GrantService grants;
    private final OrganisationEventsHandler organisations;
    private final ObjectMapper mapper;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, GrantService grants, OrganisationEventsHandler organisations,
            ObjectMapper mapper) {
        this.inbox = inbox;
        this.grants = grants;
        this.organisations = organisations;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, this::consume);
    }

    void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        if (OrganisationEventsHandler.handles(event)) {
            organisations.handle(CHANNEL, event);
        } else if (event.type().equals(PaymentEvents.APPLICATION_APPROVED)) {
            GrantService.Award award = award(event.dataAs(ApplicationApproved.class, mapper), event.id());
            inbox.processOnce(CHANNEL, event, e -> grants.open(award));
        } else if (event.type().equals(PaymentEvents.APPLICATION_AGREEMENT_SIGNED)) {
            AgreementSigned signed = event.dataAs(AgreementSigned.class, mapper);
            if (signed.file() == null || signed.file().applicationId() == null || signed.signedAt() == null
                    || signed.signedBy() == null) {
                throw new PoisonEventException("event " + event.id() + " (agreement-signed) lacks the file or the signature");
            }
            inbox.processOnce(CHANNEL, event, e -> grants.recordAgreement(signed.file().applicationId(),
                    signed.signedAt(), signed.signedBy(), signed.signerName(),
                    organisations.currentMembers(signed.file().organisationId(), members(signed.contacts()))));
        } else {
            LOG.debugf("Event %s (%s) has no effect on payments", event.id(), event.type());
        }
    }

    private GrantService.Award award(ApplicationApproved approved, String eventId) {
        if (approved.file() == null || approved.file().applicationId() == null || approved.decision() == null
                || approved.decision().decidedAt() == null || approved.beneficiary() == null
                || approved.awardedAmount() == null || approved.rate() == null || approved.eligibleBase() == null) {
            throw new PoisonEventException("event " + eventId + " (approved) lacks the file, the decision, the "
                    + "beneficiary or the amounts");
        }
        if (approved.awardedAmount().scale() > 2 || approved.awardedAmount().signum() <= 0) {
            throw new PoisonEventException("event " + eventId + " (approved) has an awarded amount that is not euros "
                    + "and cents: " + approved.awardedAmount());
        }
        ApplicationApproved.File file = approved.file();
        ApplicationApproved.Beneficiary beneficiary = approved.beneficiary();
        List<PlannedExpense> planned = approved.plannedExpenses() == null ? List.of()
                : approved.plannedExpenses().stream().map(p -> new PlannedExpense(p.category(), p.amount())).toList();
        try {
            return new GrantService.Award(file.applicationId(), file.reference(), file.title(), file.organisationId(),
                    file.organisationName(), file.stage(), beneficiary.name(), beneficiary.siren(), beneficiary.siret(),
                    beneficiary.rna(), beneficiary.addressLine(), beneficiary.postcode(), beneficiary.communeCode(),
                    approved.awardedAmount(), approved.rate(), approved.eligibleBase(),
                    approved.decision().deliberationNumber(), approved.decision().decidedAt(),
                    approved.decision().committeeSessionId(),
                    organisations.currentMembers(file.organisationId(), members(approved.contacts())), planned);
        } catch (PaymentRuleException e) {
            throw new PoisonEventException("event " + eventId + " (approved): " + e.getMessage());
        }
    }

    private static List<GrantMember> members(List<ApplicationApproved.Contact> contacts) {
        return contacts == null ? List.of() : contacts.stream().filter(c -> c.subject() != null)
                .map(c -> new GrantMember(c.subject(), c.email(), c.name())).toList();
    }
}
