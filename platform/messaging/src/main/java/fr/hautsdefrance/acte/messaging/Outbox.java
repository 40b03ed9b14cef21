package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * Records an outgoing event in the current transaction. The caller's transaction commits the
 * state change and the event together; {@link OutboxRelay} publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** First key of the record-key locks: arbitrary and fixed, so that no other advisory lock of ours shares it. */
    static final int RECORD_KEY_LOCK_SPACE = 0x41435445;

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final MessagingConfig config;
    private final Event<OutboxEventStored> stored;
    private final TraceContext traces;
    private final EventContract contract = EventContract.load();

    @Inject
    public Outbox(EntityManager entityManager, ObjectMapper objectMapper, MessagingConfig config,
            Event<OutboxEventStored> stored, TraceContext traces) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.config = config;
        this.stored = stored;
        this.traces = traces;
    }

    /**
     * Adds the event to the current transaction; there must be one, or there would be a dual write.
     *
     * <p>The relay publishes in position order, and a position is taken when the row is inserted, not
     * when it commits. So the aggregate's record key is locked first, until this transaction ends:
     * another transaction writing an event with the same key waits here, and takes its position only
     * once this one has committed (or rolled back). Per aggregate, position order is then commit order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventType type, String aggregateId, Object payload) {
        String topic = contract.topicOf(type);
        String json = write(payload);
        if (config.validatePayloads()) {
            Set<String> violations = contract.violations(type, read(json));
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Payload of " + type + " does not match docs/asyncapi.yaml: " + violations);
            }
        }
        lockRecordKey(topic, aggregateId);
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.eventType = type.cloudEventType();
        event.aggregateType = type.aggregateType();
        event.aggregateId = aggregateId;
        event.topic = topic;
        event.payload = json;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.traceparent = traces.currentTraceParent();
        entityManager.persist(event);
        stored.fire(new OutboxEventStored());
        return event.eventId;
    }

    /**
     * A transaction-scoped advisory lock on what Kafka keeps in order: the topic and the record key (the
     * aggregate id; events of several aggregate types may share it, a grant's and its payments'). The
     * two-key form, whose keys never meet the single-key lock that elects the relay. A hash collision
     * only makes two aggregates wait on each other. The lock reads no table, so it does not flush the
     * session: the change the event tells of is written once, at the commit, with whatever follows it.
     */
    private void lockRecordKey(String topic, String aggregateId) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(?1, hashtext(?2))")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, RECORD_KEY_LOCK_SPACE)
                .setParameter(2, topic + "/" + aggregateId)
                .getSingleResult();
    }

    /** Straight to text: no intermediate tree, so decimals keep their scale (30000.00, not 3E+4). */
    private String write(Object payload) {
        try {
            return objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON", e);
        }
    }

    private JsonNode read(String json) {
        try {
            return objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fired inside the transaction; observed after its commit to wake the relay at once. */
    public record OutboxEventStored() {
    }
}
