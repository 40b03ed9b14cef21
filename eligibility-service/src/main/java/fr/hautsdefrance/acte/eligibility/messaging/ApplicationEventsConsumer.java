package fr.hautsdefrance.acte.eligibility.messaging;

import fr.hautsdefrance.acte.eligibility.service.AssessmentService;
import fr.hautsdefrance.acte.messaging.EventHandlers;
import fr.hautsdefrance.acte.messaging.Inbox;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

import static fr.hautsdefrance.acte.messaging.EventHandlers.Writes.OWN_ROWS_ONLY;

/**
 * Assesses every submitted application, once per event whatever the redeliveries, and again when the
 * Region corrects its territorial qualification (the rate follows).
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";

    private final Inbox inbox;
    private final EventHandlers handlers;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, AssessmentService assessments) {
        this.inbox = inbox;
        // An assessment is its row and its outbox event, both in this database: shares its poll's transaction.
        this.handlers = EventHandlers.builder()
                .on(EligibilityEvents.APPLICATION_SUBMITTED, ApplicationSubmitted.class, OWN_ROWS_ONLY, (event, submitted) ->
                        () -> assessments.assessSubmittedApplication(submitted.applicationId(),
                                submitted.ruleSetVersion(), submitted.toInput()))
                // application.qualification-corrected carries the same call, applicant, project and budget
                .on(EligibilityEvents.QUALIFICATION_CORRECTED, ApplicationSubmitted.class, OWN_ROWS_ONLY, (event, corrected) ->
                        () -> assessments.assessSubmittedApplication(corrected.applicationId(),
                                corrected.ruleSetVersion(), corrected.toInput()))
                .build();
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, handlers);
    }
}
