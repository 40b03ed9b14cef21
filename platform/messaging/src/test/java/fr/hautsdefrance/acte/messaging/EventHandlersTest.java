package fr.hautsdefrance.acte.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHandlersTest {

    private static final EventType SUBMITTED = EventType.of("application.submitted");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Submitted(String reference) {
    }

    @Test
    void the_payload_is_read_when_the_effect_is_prepared_and_the_effect_runs_only_when_applied() {
        List<String> applied = new ArrayList<>();
        EventHandlers handlers = EventHandlers.builder()
                .on(SUBMITTED, Submitted.class, (event, submitted) -> () -> applied.add(submitted.reference()))
                .build();

        Runnable effect = handlers.prepare(event(SUBMITTED, "{\"reference\":\"ACTE-1\"}"), MAPPER).orElseThrow();
        assertThat(applied).isEmpty();
        effect.run();

        assertThat(applied).containsExactly("ACTE-1");
    }

    @Test
    void a_payload_that_does_not_fit_is_poison_before_any_transaction() {
        EventHandlers handlers = EventHandlers.builder()
                .on(SUBMITTED, Submitted.class, (event, submitted) -> () -> { })
                .build();

        assertThatThrownBy(() -> handlers.prepare(event(SUBMITTED, "{\"reference\":[1,2]}"), MAPPER))
                .isInstanceOf(PoisonEventException.class);
    }

    @Test
    void an_event_type_the_table_does_not_name_is_nothing_to_this_consumer() {
        EventHandlers handlers = EventHandlers.builder()
                .on(SUBMITTED, Submitted.class, (event, submitted) -> () -> { })
                .build();

        assertThat(handlers.prepare(event(EventType.of("application.withdrawn"), "{}"), MAPPER)).isEmpty();
    }

    @Test
    void an_effect_shares_the_transaction_of_its_poll_only_when_declared_to_write_only_its_own_rows() {
        EventType withdrawn = EventType.of("application.withdrawn");
        EventHandlers handlers = EventHandlers.builder()
                .on(SUBMITTED, Submitted.class, EventHandlers.Writes.OWN_ROWS_ONLY, (event, submitted) -> () -> { })
                .on(withdrawn, Submitted.class, (event, submitted) -> () -> { })
                .build();

        assertThat(handlers.effectOf(event(SUBMITTED, "{\"reference\":\"ACTE-1\"}"), MAPPER).orElseThrow().shareable())
                .isTrue();
        assertThat(handlers.effectOf(event(withdrawn, "{\"reference\":\"ACTE-1\"}"), MAPPER).orElseThrow().shareable())
                .isFalse();
    }

    @Test
    void a_type_handled_twice_is_refused() {
        EventHandlers.Builder builder = EventHandlers.builder()
                .on(SUBMITTED, Submitted.class, (event, submitted) -> () -> { });

        assertThatThrownBy(() -> builder.on(SUBMITTED, Submitted.class, (event, submitted) -> () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static InboundEvent event(EventType type, String json) {
        try {
            return new InboundEvent("event-1", type, "/acte/test", null, "key", MAPPER.readTree(json),
                    OffsetDateTime.parse("2026-12-01T10:00:00Z"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
