package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one consumer does, event type by event type: the payload each type is read as and what it
 * changes. {@link Inbox#consumeBatch(String, io.smallrye.reactive.messaging.kafka.KafkaRecordBatch, EventHandlers)}
 * reads the payload and prepares the effect before any transaction, so a payload that does not fit is
 * poison and dead-lettered at once; the effect then runs once, in the inbox's transaction. A type the
 * table does not name concerns other consumers and is skipped.
 */
public final class EventHandlers {

    /** Reads what the event says and returns what to apply, once, in the inbox's transaction. */
    @FunctionalInterface
    public interface Handler<T> {
        Runnable prepare(InboundEvent event, T payload);
    }

    private record Entry<T>(Class<T> payloadType, Handler<T> handler) {

        Runnable prepare(InboundEvent event, ObjectMapper mapper) {
            return handler.prepare(event, event.dataAs(payloadType, mapper));
        }
    }

    private final Map<EventType, Entry<?>> byType;

    private EventHandlers(Map<EventType, Entry<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The effect of {@code event}; empty when this consumer has nothing to do with its type. */
    public Optional<Runnable> prepare(InboundEvent event, ObjectMapper mapper) {
        Entry<?> entry = byType.get(event.type());
        return entry == null ? Optional.empty() : Optional.of(entry.prepare(event, mapper));
    }

    public Set<EventType> types() {
        return byType.keySet();
    }

    public static final class Builder {

        private final Map<EventType, Entry<?>> byType = new LinkedHashMap<>();

        private Builder() {
        }

        public <T> Builder on(EventType type, Class<T> payloadType, Handler<T> handler) {
            if (byType.putIfAbsent(type, new Entry<>(payloadType, handler)) != null) {
                throw new IllegalArgumentException(type + " is handled twice");
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
