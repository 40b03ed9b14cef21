package fr.hautsdefrance.acte.messaging;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TransientFailureRetryTest {

    /** The defaults of {@link MessagingConfig.ConsumerRetry}. */
    private static final MessagingConfig.ConsumerRetry DEFAULTS = policy(Duration.ofMillis(250), Duration.ofSeconds(8),
            Duration.ofSeconds(30));

    /** A clock that only moves when the retry sleeps (or an attempt says it took time). */
    private long now;
    private final List<Duration> waits = new ArrayList<>();
    private final TransientFailureRetry retry = new TransientFailureRetry(DEFAULTS, d -> {
        waits.add(d);
        now += d.toNanos();
    }, () -> now);

    @Test
    void a_poison_event_is_given_up_at_once_without_any_retry() {
        AtomicInteger attempts = new AtomicInteger();
        PoisonEventException poison = new PoisonEventException("event e-1 lacks the grant");

        assertThatThrownBy(() -> retry.call("e-1", () -> {
            attempts.incrementAndGet();
            throw poison;
        })).isSameAs(poison);
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void poison_wrapped_by_a_transaction_or_an_interceptor_is_still_poison() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException wrapped = new IllegalStateException("rolled back",
                new UndeclaredEventException(EventType.of("application.teleported")));

        assertThatThrownBy(() -> retry.call("e-2", () -> {
            attempts.incrementAndGet();
            throw wrapped;
        })).isSameAs(wrapped);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_database_briefly_unreachable_is_retried_with_growing_waits_and_the_event_then_applied() {
        AtomicInteger attempts = new AtomicInteger();

        String result = retry.call("e-3", () -> {
            if (attempts.incrementAndGet() <= 3) {
                throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("FATAL: database \"acte_eligibility\" is not currently accepting connections"));
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(attempts).hasValue(4);
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void a_failure_that_persists_is_rethrown_as_is_once_the_budget_is_spent_so_the_record_is_dead_lettered() {
        AtomicInteger attempts = new AtomicInteger();
        OptimisticLockException persistent = new OptimisticLockException("row was updated by another transaction");

        assertThatThrownBy(() -> retry.call("e-4", () -> {
            attempts.incrementAndGet();
            throw persistent;
        })).isSameAs(persistent);
        // 0.25 + 0.5 + 1 + 2 + 4 + 8 + 8 = 23.75 s; one more 8 s wait would end past the 30 s budget.
        assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(attempts).hasValue(8);
        assertThat(Duration.ofNanos(now)).isLessThanOrEqualTo(DEFAULTS.maxDuration());
    }

    @Test
    void slow_attempts_count_against_the_budget() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("e-5", () -> {
            attempts.incrementAndGet();
            now += Duration.ofSeconds(5).toNanos(); // e.g. the pool's acquisition timeout
            throw new IllegalStateException("Acquisition timeout while waiting for new connection");
        })).hasMessageContaining("Acquisition timeout");
        // Attempts end at 5, 10.25, 15.75, 21.75, 28.75 s: the next wait (4 s) would start a retry past 30 s.
        assertThat(attempts).hasValue(5);
        assertThat(waits).hasSize(4);
    }

    @Test
    void a_zero_budget_turns_retrying_off() {
        TransientFailureRetry off = new TransientFailureRetry(policy(Duration.ofMillis(250), Duration.ofSeconds(8),
                Duration.ZERO), waits::add, () -> now);
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> off.call("e-6", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("database restarting");
        })).hasMessage("database restarting");
        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void an_interrupted_wait_stops_retrying_and_keeps_the_interruption() {
        TransientFailureRetry interrupted = new TransientFailureRetry(DEFAULTS, d -> {
            throw new InterruptedException();
        }, () -> now);
        AtomicInteger attempts = new AtomicInteger();
        try {
            assertThatThrownBy(() -> interrupted.call("e-7", () -> {
                attempts.incrementAndGet();
                throw new IllegalStateException("database restarting");
            })).hasMessage("database restarting");
            assertThat(attempts).hasValue(1);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static MessagingConfig.ConsumerRetry policy(Duration initialDelay, Duration maxDelay, Duration maxDuration) {
        return new MessagingConfig.ConsumerRetry() {
            @Override
            public Duration initialDelay() {
                return initialDelay;
            }

            @Override
            public Duration maxDelay() {
                return maxDelay;
            }

            @Override
            public Duration maxDuration() {
                return maxDuration;
            }
        };
    }
}
