package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * How {@link Inbox} applies the records of one poll, in order:
 * <ul>
 * <li>the events the consumer has already processed are found with one query and skipped;</li>
 * <li>each other record is read and its effect prepared (a record that is not a fitting event is poison
 * and goes to the dead-letter topic at once, a type the consumer does not handle is skipped);</li>
 * <li>consecutive events whose effects only write the service's own rows ({@link EventHandlers.Writes#OWN_ROWS_ONLY})
 * are applied together in one transaction, their processed ids recorded by one statement; an event whose
 * effect may reach further is applied alone, in its own transaction, and ends the run before it;</li>
 * <li>when a shared transaction fails, it is rolled back and its events are applied again one by one, each
 * in its own transaction with its retries, so that only an event that still fails goes to the dead-letter
 * topic and its neighbours are neither lost nor dead-lettered.</li>
 * </ul>
 * Each record has one consumer span (see {@link TraceContext#open}) from its reading to its fate.
 */
final class PollApplication {

    private static final Logger LOG = Logger.getLogger(PollApplication.class);

    /** What applying a poll needs of the database; a unit test stands in for it. */
    interface Ledger {

        /** The events among {@code eventIds} the consumer has already processed (a shortcut: may say none). */
        Set<String> processedAmong(Collection<String> eventIds);

        /** Applies one event alone, once: its own transaction, its retries; throws when it still fails. */
        void applyAlone(InboundEvent event, Runnable effect);

        /** Runs {@code work} in a new transaction, committed when it returns, rolled back when it throws. */
        void inNewTransaction(Runnable work);

        /**
         * Records {@code events} as processed, in the current transaction and one statement.
         *
         * @return how many were not recorded yet
         */
        int recordProcessed(List<InboundEvent> events);

        /** One event of a shared transaction applied: its writes go now (a failure is then its own). */
        void eventApplied();
    }

    private final String consumer;
    private final EventHandlers handlers;
    private final ObjectMapper mapper;
    private final TraceContext traces;
    private final Ledger ledger;
    private final Consumer<KafkaRecord<String, String>> deadLettering;
    private final IntConsumer fallingBack;
    private final List<CompletableFuture<Void>> deadLettered = new ArrayList<>();

    /**
     * @param deadLettering told of each record that goes to the dead-letter topic
     * @param fallingBack   told of each shared transaction rolled back, with the number of its events
     */
    PollApplication(String consumer, EventHandlers handlers, ObjectMapper mapper, TraceContext traces, Ledger ledger,
            Consumer<KafkaRecord<String, String>> deadLettering, IntConsumer fallingBack) {
        this.consumer = consumer;
        this.handlers = handlers;
        this.mapper = mapper;
        this.traces = traces;
        this.ledger = ledger;
        this.deadLettering = deadLettering;
        this.fallingBack = fallingBack;
    }

    /**
     * Applies the poll's records (once per instance).
     *
     * @return the dead-lettering of the records that failed, each complete once the record is safe on the
     *         dead-letter topic
     */
    List<CompletableFuture<Void>> apply(List<KafkaRecord<String, String>> records) {
        List<ConsumerRecord<String, String>> received = records.stream().map(PollApplication::consumerRecord).toList();
        // Stream.toList keeps the nulls of records without an id: reading them finds them poison.
        List<String> ids = received.stream().map(record -> InboundEvent.header(record, CloudEventHeaders.ID)).toList();
        Set<String> processed = ledger.processedAmong(ids.stream().filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Pending> run = new ArrayList<>();
        Set<String> idsOfRun = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            if (ids.get(i) != null && processed.contains(ids.get(i))) {
                continue;
            }
            Pending pending = new Pending(records.get(i), traces.open(consumer, received.get(i)));
            Optional<EventHandlers.Effect> effect;
            try {
                effect = pending.prepare(received.get(i));
            } catch (RuntimeException poison) {
                fail(pending, poison);
                continue;
            }
            // Neither a poison record nor a type left to others has an effect: neither ends a run.
            if (effect.isEmpty()) {
                LOG.debugf("Event %s (%s) is nothing to %s", pending.event.id(), pending.event.type(), consumer);
                pending.span.end();
            } else if (!effect.get().shareable()) {
                applyTogether(run);
                run.clear();
                idsOfRun.clear();
                applyAlone(pending);
            } else if (idsOfRun.add(pending.event.id())) {
                run.add(pending);
            } else {
                // Delivered twice in one poll: its first delivery records it, this one would find it recorded.
                pending.span.end();
            }
        }
        applyTogether(run);
        return deadLettered;
    }

    private void applyTogether(List<Pending> run) {
        if (run.size() < 2) {
            run.forEach(this::applyAlone);
            return;
        }
        try {
            ledger.inNewTransaction(() -> {
                int recorded = ledger.recordProcessed(run.stream().map(pending -> pending.event).toList());
                if (recorded < run.size()) {
                    // A concurrent delivery took some of them first: applied alone, each finds whether it did.
                    throw new IllegalStateException((run.size() - recorded) + " of " + run.size()
                            + " events were processed meanwhile");
                }
                for (Pending pending : run) {
                    pending.span.run(() -> {
                        pending.effect.apply().run();
                        ledger.eventApplied();
                    });
                }
            });
        } catch (RuntimeException failure) {
            LOG.infof("%s: the shared transaction of %d events was rolled back, each is applied alone: %s",
                    consumer, run.size(), failure.toString());
            fallingBack.accept(run.size());
            run.forEach(this::applyAlone);
            return;
        }
        run.forEach(pending -> pending.span.end());
    }

    private void applyAlone(Pending pending) {
        try {
            pending.span.run(() -> ledger.applyAlone(pending.event, pending.effect.apply()));
        } catch (RuntimeException failure) {
            fail(pending, failure);
            return;
        }
        pending.span.end();
    }

    /** The record goes alone to the dead-letter topic (the channel's failure strategy); the poll goes on. */
    private void fail(Pending pending, RuntimeException failure) {
        pending.span.failed(failure);
        pending.span.end();
        deadLettering.accept(pending.record);
        deadLettered.add(pending.record.nack(failure).toCompletableFuture());
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalStateException("not a record received from Kafka: " + record));
    }

    /** A record of the poll on its way: its span, then the event read and its effect prepared. */
    private final class Pending {

        final KafkaRecord<String, String> record;
        final TraceContext.ConsumerSpan span;
        InboundEvent event;
        EventHandlers.Effect effect;

        Pending(KafkaRecord<String, String> record, TraceContext.ConsumerSpan span) {
            this.record = record;
            this.span = span;
        }

        Optional<EventHandlers.Effect> prepare(ConsumerRecord<String, String> received) {
            span.run(() -> {
                event = InboundEvent.from(received, mapper);
                effect = handlers.effectOf(event, mapper).orElse(null);
            });
            return Optional.ofNullable(effect);
        }
    }
}
