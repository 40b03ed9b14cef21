package fr.hautsdefrance.acte.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T09:30:00Z");
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(30), Duration.ofMinutes(10));

    private static Delivery to(String address, boolean held) {
        return Delivery.of("event-1", "application.submitted", "camille", "Camille", address,
                MessageKind.APPLICATION_SUBMITTED, Audience.APPLICANT, UUID.randomUUID(), "Dossier déposé", "texte",
                "<p>html</p>", held, NOW);
    }

    @Test
    void a_transient_failure_is_retried_later_and_the_last_attempt_fails_for_good() {
        Delivery delivery = to("camille@example.org", false);
        delivery.claim(NOW, Duration.ofMinutes(2));
        assertThat(delivery.attemptFailed("connexion refusée", false, policy, NOW)).isFalse();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));

        delivery.claim(NOW, Duration.ofMinutes(2));
        delivery.attemptFailed("connexion refusée", false, policy, NOW);
        delivery.claim(NOW, Duration.ofMinutes(2));
        assertThat(delivery.attemptFailed("connexion refusée", false, policy, NOW)).isTrue();
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
    }

    @Test
    void a_permanent_refusal_fails_at_once_and_a_sent_mail_cannot_fail_afterwards() {
        Delivery refused = to("camille@example.org", false);
        refused.claim(NOW, Duration.ofMinutes(2));
        assertThat(refused.attemptFailed("550 boîte inconnue", true, policy, NOW)).isTrue();

        Delivery sent = to("camille@example.org", false);
        sent.claim(NOW, Duration.ofMinutes(2));
        assertThat(sent.markSent(NOW)).isTrue();
        assertThat(sent.markSent(NOW)).as("reported twice, sent once").isFalse();
        assertThatThrownBy(() -> sent.attemptFailed("trop tard", false, policy, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void without_an_address_the_delivery_fails_until_an_admin_retries_it_with_one() {
        Delivery delivery = to(null, false);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThatThrownBy(() -> delivery.retry(null, NOW)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("adresse");
        delivery.retry("camille@example.org", NOW);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(delivery.address()).isEqualTo("camille@example.org");
    }

    @Test
    void a_held_delivery_waits_for_the_digest() {
        Delivery delivery = to("officer@example.org", true);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.HELD);
        assertThatThrownBy(() -> delivery.claim(NOW, Duration.ofMinutes(2)))
                .isInstanceOf(IllegalTransitionException.class);
        UUID digest = UUID.randomUUID();
        delivery.digestedInto(digest);
        assertThat(delivery.status()).isEqualTo(DeliveryStatus.DIGESTED);
        assertThat(delivery.digestId()).isEqualTo(digest);
    }
}
