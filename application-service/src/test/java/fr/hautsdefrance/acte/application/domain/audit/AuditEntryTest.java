package fr.hautsdefrance.acte.application.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

    private final UUID file = UUID.randomUUID();

    @Test
    void an_untouched_trail_verifies_and_any_change_is_located() {
        List<AuditEntry> trail = trail(4);
        assertThat(AuditEntry.firstBroken(trail)).isEmpty();

        trail.get(2).afterState = "{\"status\":\"APPROVED\"}";
        assertThat(AuditEntry.firstBroken(trail)).contains(3);
    }

    @Test
    void a_deleted_or_reordered_entry_breaks_the_chain() {
        List<AuditEntry> deleted = trail(4);
        deleted.remove(1);
        assertThat(AuditEntry.firstBroken(deleted)).contains(2);

        List<AuditEntry> swapped = trail(3);
        AuditEntry second = swapped.remove(1);
        swapped.add(second);
        assertThat(AuditEntry.firstBroken(swapped)).contains(2);
    }

    @Test
    void a_rewritten_entry_with_a_recomputed_hash_still_breaks_the_next_link() {
        List<AuditEntry> trail = trail(3);
        AuditEntry forged = trail.get(1);
        forged.actor = "someone-else";
        forged.hash = forged.computeHash();
        assertThat(AuditEntry.firstBroken(trail)).contains(3);
    }

    private List<AuditEntry> trail(int length) {
        List<AuditEntry> trail = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-11-22T10:00:00.123456789Z");
        for (int i = 0; i < length; i++) {
            Optional<AuditEntry> previous = trail.isEmpty() ? Optional.empty() : Optional.of(trail.get(trail.size() - 1));
            trail.add(AuditEntry.after(previous, file, "officer-" + i, "STEP_" + i, at.plusMinutes(i),
                    "{\"status\":\"S" + i + "\"}", "{\"status\":\"S" + (i + 1) + "\"}"));
        }
        return trail;
    }
}
