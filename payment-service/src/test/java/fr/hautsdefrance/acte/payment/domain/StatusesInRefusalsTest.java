package fr.hautsdefrance.acte.payment.domain;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static fr.hautsdefrance.acte.payment.domain.PaymentTransitionsTest.refusedAs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A refusal that names a status carries it, never a code in its text (« statut PENDING »): the message
 * bundle names it as a person reads it (see Texts and Refusals).
 */
class StatusesInRefusalsTest {

    @Test
    void bank_details_never_used_for_a_payment_cannot_be_blocked_and_the_refusal_carries_their_status() {
        BankAccount pending = BankAccount.propose(UUID.randomUUID(), "Les Jardins", "FR1420041010050500013M02606",
                "PSSTFRPPLIL", "rue de Paris", "12", "59000", "Lille", "FR", "porteuse", "Camille Lefebvre", OffsetDateTime.now());

        assertThatThrownBy(() -> pending.block("compte clos", OffsetDateTime.now()))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        refusedAs(new IllegalTransitionException.BankDetailsNeverUsed(BankAccountStatus.PENDING)));
    }
}
