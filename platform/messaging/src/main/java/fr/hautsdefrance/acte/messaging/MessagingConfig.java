package fr.hautsdefrance.acte.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "acte.messaging")
public interface MessagingConfig {

    /** CloudEvents {@code source} of the events this service emits, e.g. {@code /acte/application-service}. */
    String source();

    /** Check every emitted payload against docs/asyncapi.yaml (on in dev and test; costs a schema validation). */
    @WithDefault("false")
    boolean validatePayloads();

    /** Where this service's consumers put the records they give up (each channel's {@code dead-letter-queue.topic}). */
    @WithDefault("acte.${quarkus.application.name}.dlq")
    String deadLetterTopic();

    Outbox outbox();

    ConsumerRetry consumerRetry();

    interface Outbox {
        /** Safety net: pending rows are also picked up on this period, whatever woke the relay. */
        @WithDefault("2s")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for the broker's acknowledgements before it tries again later. */
        @WithDefault("10s")
        Duration sendTimeout();

        /** Published rows older than this are deleted; the topic is the record from then on. */
        @WithDefault("P7D")
        Duration retention();
    }

    /**
     * How long a consumer keeps retrying an event whose processing failed for a reason that may pass
     * (the database briefly away, a lost race) before it goes to the dead-letter topic. The whole budget
     * must stay well under the Kafka connector's {@code throttled.unprocessed-record-max-age.ms} (60 s),
     * past which the channel is reported unhealthy.
     */
    interface ConsumerRetry {
        /** Wait before the first retry; each next wait doubles. */
        @WithDefault("250ms")
        Duration initialDelay();

        @WithDefault("8s")
        Duration maxDelay();

        /** No retry starts later than this after the first attempt began; zero turns retrying off. */
        @WithDefault("30s")
        Duration maxDuration();
    }
}
