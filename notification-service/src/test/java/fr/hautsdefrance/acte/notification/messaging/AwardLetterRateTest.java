package fr.hautsdefrance.acte.notification.messaging;

import fr.hautsdefrance.acte.notification.service.French;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The award e-mail states the rate the award was voted at, never the scheme's ceiling rate. */
class AwardLetterRateTest {

    static InboundPayloads.Approved approved(String awarded, String ceiling, String base, String planned, String voted) {
        return new InboundPayloads.Approved(null, null, new BigDecimal(awarded), new BigDecimal(ceiling),
                new BigDecimal(base), planned == null ? null : new BigDecimal(planned),
                voted == null ? null : new BigDecimal(voted));
    }

    @Test
    void the_letter_states_the_voted_rate_the_event_carries() {
        InboundPayloads.Approved a = approved("45000.00", "0.6", "100000.00", "100000.00", "0.45");
        assertThat(French.percent(a.statedVotedRate())).isEqualTo("45\u00a0%");
        assertThat(a.plannedBase()).isEqualByComparingTo("100000.00");
    }

    @Test
    void an_older_event_without_the_voted_rate_gives_the_award_over_the_eligible_base() {
        assertThat(French.percent(approved("30000.00", "0.5", "80000.00", null, null).statedVotedRate()))
                .isEqualTo("37,5\u00a0%");
        assertThat(French.percent(approved("40000.00", "0.6", "60000.00", null, null).statedVotedRate()))
                .isEqualTo("66,67\u00a0%");
    }
}
