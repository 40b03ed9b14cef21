package fr.hautsdefrance.acte.payment.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.messaging.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Follows the applications' lifecycle. Grant accounts and schedules open on
 * {@code application.approved} and {@code application.agreement-signed}, which application-service
 * does not emit yet; until then every event is read, checked and left aside.
 */
@ApplicationScoped
public class ApplicationEventsConsumer {

    private static final Logger LOG = Logger.getLogger(ApplicationEventsConsumer.class);

    private final ObjectMapper mapper;

    @Inject
    public ApplicationEventsConsumer(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Incoming("application-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record, mapper);
        LOG.debugf("Event %s (%s) has no effect on payments", event.id(), event.type());
    }
}
