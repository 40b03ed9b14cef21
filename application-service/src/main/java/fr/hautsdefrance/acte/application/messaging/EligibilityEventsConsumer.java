package fr.hautsdefrance.acte.application.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.application.domain.EligibilityResult;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/** Records each eligibility result on its file, once per event. */
@ApplicationScoped
public class EligibilityEventsConsumer {

    static final String CHANNEL = "eligibility-events";

    private final Inbox inbox;
    private final ApplicationService applications;
    private final ObjectMapper mapper;

    @Inject
    public EligibilityEventsConsumer(Inbox inbox, ApplicationService applications, ObjectMapper mapper) {
        this.inbox = inbox;
        this.applications = applications;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, this::consume);
    }

    void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        if (!event.type().equals(ApplicationEvents.ELIGIBILITY_ASSESSED)) {
            return;
        }
        EligibilityAssessed assessed = event.dataAs(EligibilityAssessed.class, mapper);
        inbox.processOnce(CHANNEL, event, e -> applications.recordEligibility(assessed.applicationId(),
                new EligibilityResult(assessed.assessmentId(), assessed.eligible(), assessed.ruleSet(),
                        assessed.eligibleBase(), assessed.rate(), assessed.maxGrant(), assessed.assessedAt())
                        .withTerritory(assessed.territory() == null ? null : assessed.territory().rural(),
                                assessed.territory() == null ? null : assessed.territory().densityLevel(),
                                assessed.territory() == null ? null : assessed.territory().densityLabel()),
                assessed.failures()));
    }
}
