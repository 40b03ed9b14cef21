package fr.hautsdefrance.acte.application.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.hautsdefrance.acte.application.domain.Application;
import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.application.domain.audit.AuditEntry;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Appends to and reads each file's hash-chained audit trail. */
@ApplicationScoped
public class AuditTrail {

    /** The actor of the entries the platform writes itself, on eligibility-service's verdict. */
    public static final String ELIGIBILITY_SERVICE = "eligibility-service";

    private final EntityManager entityManager;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transaction;

    @Inject
    public AuditTrail(EntityManager entityManager, ObjectMapper mapper, Clock clock,
            TransactionSynchronizationRegistry transaction) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
        this.transaction = transaction;
    }

    /** What the trail keeps of a file at each step: the fields an audit looks at. */
    public record Snapshot(String status, String title, BigDecimal requestedAmount, String assignedOfficerName,
            Set<String> labels, BigDecimal proposedAmount, BigDecimal awardedAmount, String deliberationNumber,
            List<String> communeCodes, Boolean rural, Boolean qpv) {

        /** People appear by name: the trail never shows an identity-provider subject. */
        public static Snapshot of(Application a) {
            return new Snapshot(a.status().name(), a.title(), a.requestedAmount(), a.assignedOfficerName(),
                    Set.copyOf(a.labels()), a.proposedAmount(), a.awardedAmount(), a.deliberationNumber(),
                    List.copyOf(a.communeCodes()), a.rural(), a.qpv());
        }
    }

    /** Entries only the Region's staff read: private notes and internal labels. */
    static final Set<String> STAFF_ONLY_ACTIONS = Set.of("ANNOTATED", "LABELLED");

    /** One entry as a person reads it: who by name; the states and the chain for staff only. */
    public record HistoryLine(int sequence, OffsetDateTime at, String action, String actorName, String before,
            String after, String hash) {
    }

    /**
     * The file's history for the person reading it: regional staff get every entry with its states;
     * the applicant gets what was done on their file and by whom, without private notes.
     */
    public List<HistoryLine> historyFor(Application application, boolean staff, People people) {
        return history(application.id()).stream()
                .filter(e -> staff || !STAFF_ONLY_ACTIONS.contains(e.action))
                .map(e -> new HistoryLine(e.sequence, e.at, e.action, people.nameOf(e.actor, application),
                        staff ? e.beforeState : null, staff ? e.afterState : null, staff ? e.hash : null))
                .toList();
    }

    /**
     * Appends an entry in the caller's transaction. The trail's head is read from the file's row as
     * it is locked, once per transaction, so two concurrent actions on one file chain one after the
     * other; the new head goes back to the row with the file's own update.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application application, String actor, String action, Object before, Object after) {
        AuditEntry entry = AuditEntry.after(lockedHead(application), application.id(), actor, action,
                OffsetDateTime.now(clock), json(before), json(after));
        entry.persist();
        application.moveAuditHead(entry.head());
    }

    /** The file's row locked for the rest of the transaction, with its trail's head read under the lock. */
    public Application lock(Application application) {
        lockedHead(application);
        return application;
    }

    /**
     * The head of the file's trail: read with the row's lock by the transaction's first entry, then
     * kept on the file. The read does not flush the session: nothing this transaction has not yet
     * written can move the head. As the lock it replaces, it refuses a file changed since it was read.
     */
    private AuditEntry.Head lockedHead(Application application) {
        String lockKey = "audit-head-locked:" + application.id();
        if (transaction.getResource(lockKey) == null) {
            List<?> rows = entityManager
                    .createNativeQuery("select audit_sequence, audit_last_hash, version from application where id = ?1 "
                            + "for update")
                    .setParameter(1, application.id())
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            // No row yet: the file is created by this very transaction, its head is the one it holds.
            if (!rows.isEmpty()) {
                Object[] row = (Object[]) rows.get(0);
                // Changed by someone else since it was read: what this action checked may no longer hold.
                if (((Number) row[2]).longValue() != application.version()) {
                    throw new OptimisticLockException("The file changed while this action was running.", null,
                            application);
                }
                application.moveAuditHead(new AuditEntry.Head(((Number) row[0]).intValue(), (String) row[1]));
            }
            transaction.putResource(lockKey, Boolean.TRUE);
        }
        return application.auditHead();
    }

    /**
     * Keeps a refused attempt on a file in its own transaction: the caller's is rolled back by the
     * refusal, the trace of the attempt is not. Called before the caller locks the file.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(UUID applicationId, String actor, String action, Object attempt) {
        record(entityManager.find(Application.class, applicationId), actor, action, null, attempt);
    }

    /**
     * Appends to an organisation's own trail (claims, verification, disputes), kept in the same chained
     * table as the files' trails under the organisation's id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordOnOrganisation(Organisation organisation, String actor, String action, Object before,
            Object after) {
        entityManager.lock(organisation, LockModeType.PESSIMISTIC_WRITE);
        Optional<AuditEntry> last = AuditEntry.<AuditEntry>find("applicationId", Sort.descending("sequence"),
                organisation.id()).firstResultOptional();
        AuditEntry.after(last, organisation.id(), actor, action, OffsetDateTime.now(clock), json(before), json(after))
                .persist();
    }

    /** A refused attempt on an organisation, kept although the caller's transaction is rolled back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusalOnOrganisation(UUID organisationId, String actor, String action, Object attempt) {
        recordOnOrganisation(entityManager.find(Organisation.class, organisationId), actor, action, null, attempt);
    }

    public List<AuditEntry> history(UUID applicationId) {
        return AuditEntry.list("applicationId", Sort.ascending("sequence"), applicationId);
    }

    /** The first broken entry of the file's trail, or empty when the trail is intact. */
    public Optional<Integer> firstBroken(UUID applicationId) {
        return AuditEntry.firstBroken(history(applicationId));
    }

    private String json(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
