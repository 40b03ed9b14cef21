package fr.hautsdefrance.acte.application.domain.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of a file's audit trail: who did what, when, and the state before and after. Each entry
 * carries the hash of the previous one, so changing or deleting any entry breaks the chain
 * ({@link #firstBroken}). The table also refuses updates and deletes.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

    /** The previous hash of a file's first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Where a file's trail ends: its last entry's sequence and hash (0 and {@link #GENESIS} when empty). */
    public record Head(int sequence, String hash) {

        public static final Head EMPTY = new Head(0, GENESIS);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false, updatable = false)
    public UUID applicationId;

    @Column(nullable = false, updatable = false)
    public int sequence;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(name = "before_state", updatable = false)
    public String beforeState;

    @Column(name = "after_state", updatable = false)
    public String afterState;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    public String previousHash;

    @Column(nullable = false, updatable = false)
    public String hash;

    protected AuditEntry() {
    }

    /** The entry that follows {@code previous} (empty for a file's first entry). */
    public static AuditEntry after(Optional<AuditEntry> previous, UUID applicationId, String actor, String action,
            OffsetDateTime at, String beforeState, String afterState) {
        return after(previous.map(AuditEntry::head).orElse(Head.EMPTY), applicationId, actor, action, at, beforeState,
                afterState);
    }

    /** The entry that follows the trail's {@code head}. */
    public static AuditEntry after(Head head, UUID applicationId, String actor, String action, OffsetDateTime at,
            String beforeState, String afterState) {
        AuditEntry entry = new AuditEntry();
        entry.applicationId = applicationId;
        entry.sequence = head.sequence() + 1;
        entry.actor = actor;
        entry.action = action;
        // Stored and hashed at microsecond precision, as PostgreSQL keeps it.
        entry.at = at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        entry.beforeState = beforeState;
        entry.afterState = afterState;
        entry.previousHash = head.hash();
        entry.hash = entry.computeHash();
        return entry;
    }

    /** This entry as the head of its trail. */
    public Head head() {
        return new Head(sequence, hash);
    }

    /** The sequence number of the first entry whose content or link does not match; empty when intact. */
    public static Optional<Integer> firstBroken(List<AuditEntry> trail) {
        String expectedPrevious = GENESIS;
        int expectedSequence = 1;
        for (AuditEntry entry : trail) {
            if (entry.sequence != expectedSequence || !entry.previousHash.equals(expectedPrevious)
                    || !entry.hash.equals(entry.computeHash())) {
                return Optional.of(expectedSequence);
            }
            expectedPrevious = entry.hash;
            expectedSequence++;
        }
        return Optional.empty();
    }

    String computeHash() {
        String canonical = String.join("\u001f", previousHash, applicationId.toString(), Integer.toString(sequence),
                actor, action, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.withOffsetSameInstant(ZoneOffset.UTC)),
                String.valueOf(beforeState), String.valueOf(afterState));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
