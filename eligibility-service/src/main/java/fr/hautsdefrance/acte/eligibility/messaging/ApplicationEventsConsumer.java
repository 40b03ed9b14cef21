package fr.hautsdefrance.acte.eligibility.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.eligibility.service.AssessmentService;
import fr.hautsdefrance.acte.messaging.Inbox;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.concurrent.CompletionStage;

/**
 * Assesses every submitted application, once per event whatever the redeliveries, and again when the
 * Region corrects its territorial qualification (the rate follows).
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    static final String CHANNEL = "application-events";

    private final Inbox inbox;
    private final AssessmentService assessments;
    private final ObjectMapper mapper;

    @Inject
    public ApplicationEventsConsumer(Inbox inbox, AssessmentService assessments, ObjectMapper mapper) {
        this.inbox = inbox;
        this.assessments = assessments;
        this.mapper = mapper;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consumeBatch(KafkaRecordBatch<String, String> batch) {
        return inbox.consumeBatch(CHANNEL, batch, this::consume);
    }

    void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        if (!event.type().equals(EligibilityEvents.APPLICATION_SUBMITTED)
                && !event.type().equals(EligibilityEvents.QUALIFICATION_CORRECTED)) {
            return;
        }
        // application.qualification-corrected carries the same call, applicant, project and budget
        ApplicationSubmitted submitted = event.dataAs(ApplicationSubmitted.class, mapper);
        inbox.processOnce(CHANNEL, event,
                e -> assessments.assessSubmittedApplication(submitted.applicationId(),
                        submitted.ruleSetVersion(), submitted.toInput()));
    }
}
