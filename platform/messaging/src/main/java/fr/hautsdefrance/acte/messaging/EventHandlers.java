package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one consumer does, event type by event type: the payload each type is read as, what it
 * changes and how far that change reaches. {@link Inbox#consumeBatch(String,
 * io.smallrye.reactive.messaging.kafka.KafkaRecordBatch, EventHandlers)} reads the payload and prepares the
 * effect before any transaction, so a payload that does not fit is poison and dead-lettered at once; the
 * effect then runs once, in the inbox's transaction. A type the table does not name concerns other
 * consumers and is skipped.
 */
public final class EventHandlers {

    /** Reads what the event says and returns what to apply, once, in the inbox's transaction. */
    @FunctionalInterface
    public interface Handler<T> {
        Runnable prepare(InboundEvent event, T payload);
    }

    /**
     * How far an effect reaches, which says whether it may share its transaction with the other events of
     * the same poll (see {@link Inbox}): a shared transaction rolled back is applied again event by event, so
     * only an effect that nothing outside the database has seen may be part of one.
     */
    public enum Writes {
        /**
         * The effect may reach beyond the transaction it is given (a call to another service, an e-mail
         * sent, a transaction of its own): it is applied in a transaction of its own.
         */
        ANYTHING,
        /**
         * The effect only inserts, updates or deletes rows of this service's database (its outbox included),
         * in the transaction it is given, and sends nothing outside the database: it may share one
         * transaction with the neighbouring events of its poll.
         */
        OWN_ROWS_ONLY
    }

    /** An event's effect, ready to apply, and how far it reaches. */
    public record Effect(Runnable apply, Writes writes) {

        public boolean shareable() {
            return writes == Writes.OWN_ROWS_ONLY;
        }
    }

    private record Entry<T>(Class<T> payloadType, Handler<T> handler, Writes writes) {

        Effect prepare(InboundEvent event, ObjectMapper mapper) {
            return new Effect(handler.prepare(event, event.dataAs(payloadType, mapper)), writes);
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
        return effectOf(event, mapper).map(Effect::apply);
    }

    /** As {@link #prepare}, with how far the effect reaches. */
    public Optional<Effect> effectOf(InboundEvent event, ObjectMapper mapper) {
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

        /** An effect that may reach anything: applied in a transaction of its own. */
        public <T> Builder on(EventType type, Class<T> payloadType, Handler<T> handler) {
            return on(type, payloadType, Writes.ANYTHING, handler);
        }

        /** An effect reaching as far as {@code writes} says; say {@link Writes#OWN_ROWS_ONLY} only where it holds. */
        public <T> Builder on(EventType type, Class<T> payloadType, Writes writes, Handler<T> handler) {
            if (byType.putIfAbsent(type, new Entry<>(payloadType, handler, writes)) != null) {
                throw new IllegalArgumentException(type + " is handled twice");
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
