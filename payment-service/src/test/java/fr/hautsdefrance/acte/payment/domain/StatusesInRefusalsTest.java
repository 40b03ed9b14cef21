package fr.hautsdefrance.acte.payment.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A refusal names a status as a person reads it, never as the code stores it (« statut PENDING »). */
class StatusesInRefusalsTest {

    @Test
    void bank_details_never_used_for_a_payment_cannot_be_blocked_and_the_refusal_says_why_in_french() {
        BankAccount pending = BankAccount.propose(UUID.randomUUID(), "Les Jardins", "FR1420041010050500013M02606",
                "PSSTFRPPLIL", "rue de Paris", "12", "59000", "Lille", "FR", "porteuse", "Camille Lefebvre", OffsetDateTime.now());

        assertThatThrownBy(() -> pending.block("compte clos", OffsetDateTime.now()))
                .hasMessageContaining("(statut : en attente de validation)").hasMessageNotContaining("PENDING");
    }

    @Test
    void every_bank_details_and_recovery_status_has_a_french_name() {
        assertThat(Arrays.stream(BankAccountStatus.values()).map(BankAccountStatus::french))
                .doesNotContainNull().allSatisfy(name -> assertThat(name).matches("[a-zéè ]+"));
        assertThat(Arrays.stream(RecoveryStatus.values()).map(RecoveryStatus::french))
                .doesNotContainNull().allSatisfy(name -> assertThat(name).matches("[a-zéè ]+"));
    }
}
