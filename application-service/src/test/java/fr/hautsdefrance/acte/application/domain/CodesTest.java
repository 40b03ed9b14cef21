package fr.hautsdefrance.acte.application.domain;

import fr.hautsdefrance.acte.application.domain.payment.PaymentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodesTest {

    @Test
    void a_known_code_is_named_an_unknown_one_shown_as_it_comes_and_none_left_blank() {
        assertThat(Codes.named(PaymentStatus.class, "PAID", status -> "Payé")).isEqualTo("Payé");
        assertThat(Codes.named(PaymentStatus.class, "HELD_BY_THE_BANK", status -> "Payé")).isEqualTo("HELD_BY_THE_BANK");
        assertThat(Codes.named(PaymentStatus.class, null, status -> "Payé")).isEmpty();
    }
}
