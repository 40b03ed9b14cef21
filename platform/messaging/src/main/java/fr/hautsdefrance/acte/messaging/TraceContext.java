package fr.hautsdefrance.acte.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries a trace across Kafka: the outbox keeps the W3C {@code traceparent} of the change an event
 * reports, the relay sends it with the event, and a consumer continues that trace while it applies
 * the event (a span of its own, whose context its database writes, REST calls and own events carry
 * on). Without the OpenTelemetry extension (a library test), traces are neither made nor carried.
 */
@ApplicationScoped
public class TraceContext {

    /** The log field naming the event being applied (JSON logs in production). */
    public static final String EVENT_ID_LOG_FIELD = "eventId";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<ConsumerRecord<String, String>> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(ConsumerRecord<String, String> record) {
            return List.of(CloudEventHeaders.W3C_TRACE_PARENT);
        }

        @Override
        public String get(ConsumerRecord<String, String> record, String key) {
            if (record == null || !CloudEventHeaders.W3C_TRACE_PARENT.equals(key)) {
                return record == null ? null : InboundEvent.header(record, key);
            }
            String plain = InboundEvent.header(record, CloudEventHeaders.W3C_TRACE_PARENT);
            return plain != null ? plain : InboundEvent.header(record, CloudEventHeaders.TRACE_PARENT);
        }
    };

    private static final TextMapGetter<Map<String, String>> MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final OpenTelemetry openTelemetry;

    @Inject
    public TraceContext(Instance<OpenTelemetry> openTelemetry) {
        this(openTelemetry.isResolvable() ? openTelemetry.get() : OpenTelemetry.noop());
    }

    TraceContext(OpenTelemetry openTelemetry) {
        this.openTelemetry = openTelemetry;
    }

    /** The {@code traceparent} of the current span; null outside any trace. */
    public String currentTraceParent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(CloudEventHeaders.W3C_TRACE_PARENT);
    }

    /**
     * Runs {@code work} later than the change that asked for it (an e-mail sent by a dispatcher), in a
     * span continuing the trace that change was part of ({@code traceparent} as {@link #currentTraceParent()}
     * gave it then; a new trace when null).
     */
    public <T> T resume(String traceparent, String spanName, Supplier<T> work) {
        Context parent = traceparent == null ? Context.root()
                : W3C.extract(Context.root(), Map.of(CloudEventHeaders.W3C_TRACE_PARENT, traceparent), MAP);
        return within(openTelemetry.getTracer("acte-messaging").spanBuilder(spanName).setParent(parent)
                .setSpanKind(SpanKind.INTERNAL).startSpan(), work);
    }

    /**
     * Runs {@code work} in a consumer span continuing the trace the record carries (a new trace when it
     * carries none), with the event's id in the log context.
     */
    public void consume(String consumer, ConsumerRecord<String, String> record, Runnable work) {
        ConsumerSpan span = open(consumer, record);
        try {
            span.run(work);
        } catch (RuntimeException e) {
            span.failed(e);
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * Opens the consumer span of a record whose work comes in several pieces (read, then applied in a
     * transaction shared with other records, committed later): one span per record, made current around
     * each piece, ended once the record's fate is known.
     */
    public ConsumerSpan open(String consumer, ConsumerRecord<String, String> record) {
        Context parent = W3C.extract(Context.root(), record, HEADERS);
        String type = InboundEvent.header(record, CloudEventHeaders.TYPE);
        Span span = openTelemetry.getTracer("acte-messaging").spanBuilder(record.topic() + " process")
                .setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", String.valueOf(InboundEvent.header(record, CloudEventHeaders.ID)))
                .setAttribute("cloudevents.event_type", String.valueOf(type))
                .startSpan();
        return new ConsumerSpan(span, InboundEvent.header(record, CloudEventHeaders.ID));
    }

    /** The span of one record being consumed; see {@link #open}. */
    public static final class ConsumerSpan {

        private final Span span;
        private final String eventId;

        private ConsumerSpan(Span span, String eventId) {
            this.span = span;
            this.eventId = eventId;
        }

        /**
         * Runs {@code work} with the span current and the event's id in the log context. A failure goes
         * through unmarked: whether it is the record's fate is for the caller to say ({@link #failed}).
         */
        public void run(Runnable work) {
            if (eventId != null) {
                MDC.put(EVENT_ID_LOG_FIELD, eventId);
            }
            try (Scope scope = span.makeCurrent()) {
                work.run();
            } finally {
                MDC.remove(EVENT_ID_LOG_FIELD);
            }
        }

        /** The record failed for good. */
        public void failed(RuntimeException failure) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR);
        }

        public void end() {
            span.end();
        }
    }

    /** Runs {@code work} with {@code span} current, ends it, and marks it failed when {@code work} throws. */
    private static <T> T within(Span span, Supplier<T> work) {
        try (Scope scope = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }
}
