package fr.hautsdefrance.acte.application.messaging;

import fr.hautsdefrance.acte.application.service.ApplicationEvents;
import fr.hautsdefrance.acte.application.domain.EligibilityResult;
import fr.hautsdefrance.acte.application.service.ApplicationService;
import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;

/** Records each eligibility result on its file, once per event. */
@ApplicationScoped
public class EligibilityEventsConsumer {

    static final String CHANNEL = "eligibility-events";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public EligibilityEventsConsumer(Inbox inbox, ApplicationService applications) {
        this.inbox = inbox;
        this.handlers = EventHandlers.builder()
                // The result and its audit entry are rows of the file, nothing leaves: shares its poll's transaction.
                .on(ApplicationEvents.ELIGIBILITY_ASSESSED, EligibilityAssessed.class, OWN_ROWS_ONLY, (event, assessed) ->
                        () -> applications.recordEligibility(assessed.applicationId(), new EligibilityResult(
                                assessed.assessmentId(), assessed.eligible(), assessed.ruleSet(),
                                assessed.eligibleBase(), assessed.rate(), assessed.maxGrant(), assessed.assessedAt())
                                .withTerritory(assessed.territory() == null ? null : assessed.territory().rural(),
                                        assessed.territory() == null ? null : assessed.territory().densityLevel(),
                                        assessed.territory() == null ? null : assessed.territory().densityLabel()),
                                assessed.failures()))
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
