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

    Outbox outbox();

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
}
