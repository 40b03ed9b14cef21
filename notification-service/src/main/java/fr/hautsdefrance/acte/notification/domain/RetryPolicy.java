package fr.hautsdefrance.acte.notification.domain;

import java.time.Duration;

/** Exponential backoff between attempts at a transient failure, capped, with a maximum number of attempts. */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("Incoherent retry policy: " + maxAttempts + ", " + firstDelay + ", "
                    + maxDelay);
        }
    }

    /** Delay after the {@code attempts}-th failed attempt: first, 2×first, 4×first… up to the cap. */
    public Duration delayAfter(int attempts) {
        Duration delay = firstDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
