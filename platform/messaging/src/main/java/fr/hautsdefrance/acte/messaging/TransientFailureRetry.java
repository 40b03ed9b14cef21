package fr.hautsdefrance.acte.messaging;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The retry rule of every consumer: an event that failed for a reason that may pass (the database
 * briefly unreachable, a pool exhausted, an optimistic lock or a unique key lost to a concurrent
 * transaction) is tried again with exponential backoff, and only once the time budget is spent does
 * the failure reach the connector, which dead-letters the record. A poison event is not retried: no
 * attempt can succeed, and waiting would hold up its partition.
 */
public final class TransientFailureRetry {

    private static final Logger LOG = Logger.getLogger(TransientFailureRetry.class);

    private final MessagingConfig.ConsumerRetry policy;
    private final Sleeper sleeper;
    private final LongSupplier nanoTime;

    public TransientFailureRetry(MessagingConfig.ConsumerRetry policy) {
        this(policy, duration -> Thread.sleep(duration.toMillis()), System::nanoTime);
    }

    TransientFailureRetry(MessagingConfig.ConsumerRetry policy, Sleeper sleeper, LongSupplier nanoTime) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.nanoTime = nanoTime;
    }

    /**
     * Runs {@code attempt} until it succeeds, fails with poison, or the budget is spent; then rethrows
     * its last failure as is. Each call of {@code attempt} must be a unit of work of its own (its own
     * transaction), so that a retry starts afresh.
     */
    public <T> T call(String eventId, Supplier<T> attempt) {
        return call(eventId, attempt, () -> {
        });
    }

    /** As {@link #call(String, Supplier)}, telling {@code retrying} before each new attempt. */
    public <T> T call(String eventId, Supplier<T> attempt, Runnable retrying) {
        long start = nanoTime.getAsLong();
        long budget = policy.maxDuration().toNanos();
        Duration delay = policy.initialDelay();
        for (int attempts = 1; ; attempts++) {
            try {
                return attempt.get();
            } catch (RuntimeException failure) {
                if (isPoison(failure)) {
                    throw failure;
                }
                if (nanoTime.getAsLong() - start + delay.toNanos() > budget) {
                    if (attempts > 1) {
                        LOG.warnf("Event %s still failing after %d attempts, giving it up to the dead-letter topic: %s",
                                eventId, attempts, cause(failure));
                    }
                    throw failure;
                }
                LOG.warnf("Event %s failed (attempt %d), retrying in %d ms: %s", eventId, attempts, delay.toMillis(),
                        cause(failure));
                try {
                    sleeper.sleep(delay);
                } catch (InterruptedException e) {
                    // Shutting down: the failure goes where it would have gone without retries.
                    Thread.currentThread().interrupt();
                    throw failure;
                }
                delay = min(delay.multipliedBy(2), policy.maxDelay());
                retrying.run();
            }
        }
    }

    /** A malformed event, wherever it was found: directly or wrapped by a transaction or an interceptor. */
    static boolean isPoison(Throwable failure) {
        return Causes.find(failure, PoisonEventException.class).isPresent()
                || Causes.find(failure, UndeclaredEventException.class).isPresent();
    }

    /** What failed and why, in one short line: the outer exception's type, the innermost message (the database's words). */
    private static String cause(Throwable failure) {
        Throwable root = Causes.root(failure);
        String type = failure.getClass().getSimpleName();
        return root == failure ? type + ": " + failure.getMessage()
                : type + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }
}
