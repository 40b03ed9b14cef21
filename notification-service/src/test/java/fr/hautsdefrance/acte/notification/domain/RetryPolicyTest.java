package fr.hautsdefrance.acte.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

    @Test
    void the_delay_doubles_after_each_failed_attempt_up_to_the_cap() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(3));
        assertThat(policy.delayAfter(50)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void attempts_run_out_at_the_maximum() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
    }
}
