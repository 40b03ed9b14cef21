package fr.hautsdefrance.acte.application.service;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DepositAdmissionTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DepositAdmission admission = new DepositAdmission(2, Duration.ofSeconds(5), registry);

    @Test
    void deposits_are_admitted_up_to_the_bound_and_the_next_one_is_refused_and_counted() {
        Optional<DepositAdmission.Permit> first = admission.tryAcquire();
        Optional<DepositAdmission.Permit> second = admission.tryAcquire();
        Optional<DepositAdmission.Permit> third = admission.tryAcquire();

        assertThat(first).isPresent();
        assertThat(second).isPresent();
        assertThat(third).isEmpty();
        assertThat(registry.get(DepositAdmission.IN_PROGRESS).gauge().value()).isEqualTo(2.0);
        assertThat(registry.get(DepositAdmission.REFUSED).counter().count()).isEqualTo(1.0);
    }

    @Test
    void a_place_given_back_admits_the_next_deposit() {
        DepositAdmission.Permit first = admission.tryAcquire().orElseThrow();
        admission.tryAcquire().orElseThrow();
        assertThat(admission.tryAcquire()).isEmpty();

        first.close();

        assertThat(admission.tryAcquire()).isPresent();
        assertThat(admission.inProgress()).isEqualTo(2);
    }

    @Test
    void a_place_closed_twice_is_given_back_once() {
        DepositAdmission.Permit first = admission.tryAcquire().orElseThrow();
        admission.tryAcquire().orElseThrow();

        first.close();
        first.close();

        assertThat(admission.inProgress()).isEqualTo(1);
        assertThat(admission.tryAcquire()).isPresent();
        assertThat(admission.tryAcquire()).isEmpty();
    }

    @Test
    void a_deposit_that_fails_gives_its_place_back() {
        assertThatThrownBy(() -> {
            try (DepositAdmission.Permit ignored = admission.tryAcquire().orElseThrow()) {
                throw new IllegalStateException("la base est tombée");
            }
        }).isInstanceOf(IllegalStateException.class);

        assertThat(admission.inProgress()).isZero();
        assertThat(registry.get(DepositAdmission.IN_PROGRESS).gauge().value()).isZero();
    }

    @Test
    void the_refusal_says_the_draft_is_kept_and_when_to_try_again_in_whole_seconds() {
        DepositAdmission.Refused refusal = new DepositAdmission(1, Duration.ofMillis(1500), registry).refusal();

        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.retryAfterSeconds()).isEqualTo(2);
        assertThat(refusal.getMessage()).contains("conservé en brouillon", "dans 2 secondes");
        assertThat(new DepositAdmission(1, Duration.ZERO, new SimpleMeterRegistry()).retryAfterSeconds()).isEqualTo(1);
    }
}
