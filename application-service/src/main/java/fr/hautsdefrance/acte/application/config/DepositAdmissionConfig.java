package fr.hautsdefrance.acte.application.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How many deposits one replica takes at once, and when a refused one is asked to come back.
 * By Little's law the bound divided by the replica's throughput is the longest wait of an accepted
 * deposit: 32 at 40–100 deposits/s (two cores shared with the rest of the platform) is under a second.
 */
@ConfigMapping(prefix = "acte.deposits")
public interface DepositAdmissionConfig {

    /** Deposits in progress at once on this replica (API and portal together); beyond it, 503 at once. */
    @WithDefault("32")
    int maxInProgress();

    /** Sent as {@code Retry-After} (whole seconds) and said in the refusal. */
    @WithDefault("5s")
    Duration retryAfter();
}
