package fr.hautsdefrance.acte.application.portal;

import io.quarkus.qute.Engine;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages show a dash where a draft or a scheduled payment has no amount yet, instead of failing. */
@QuarkusTest
class MissingValuesOnPagesTest {

    @Inject
    Engine engine;

    @Test
    void an_amount_not_known_yet_is_shown_as_a_dash_and_a_known_one_in_euros() {
        Map<String, Object> data = new HashMap<>();
        data.put("missing", null);
        data.put("known", new BigDecimal("1234.5"));
        String page = engine.parse("{missing.euros ?: '—'} / {known.euros ?: '—'}").data(data).render();
        assertThat(page).isEqualTo("— / 1\u00a0234,50\u00a0€");
    }
}
