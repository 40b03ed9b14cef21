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
import jakarta.persistence.LockModeType;
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

    @Inject
    public AuditTrail(EntityManager entityManager, ObjectMapper mapper, Clock clock) {
        this.entityManager = entityManager;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** What the trail keeps of a file at each step: the fields an audit looks at. */
    public record Snapshot(String status, String title, BigDecimal requestedAmount, String assignedOfficerName,
            Set<String> labels, BigDecimal proposedAmount, BigDecimal awardedAmount, String deliberationNumber,
            List<String> communeCodes, Boolean rural, Boolean qpv) {

        /** People appear by name: the trail never shows an identity-provider subject. */
        public static Snapshot of(Application a) {
            return new Snapshot(a.status().name(), a.title, a.requestedAmount, a.assignedOfficerName(),
                    Set.copyOf(a.labels), a.proposedAmount(), a.awardedAmount(), a.deliberationNumber(),
                    List.copyOf(a.communeCodes), a.rural, a.qpv);
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
        return history(application.id).stream()
                .filter(e -> staff || !STAFF_ONLY_ACTIONS.contains(e.action))
                .map(e -> new HistoryLine(e.sequence, e.at, e.action, people.nameOf(e.actor, application),
                        staff ? e.beforeState : null, staff ? e.afterState : null, staff ? e.hash : null))
                .toList();
    }

    /**
     * Appends an entry in the caller's transaction. The file's row is locked first, so two
     * concurrent actions on one file chain one after the other.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Application application, String actor, String action, Object before, Object after) {
        entityManager.lock(application, LockModeType.PESSIMISTIC_WRITE);
        Optional<AuditEntry> last = AuditEntry.<AuditEntry>find("applicationId", Sort.descending("sequence"),
                application.id).firstResultOptional();
        AuditEntry.after(last, application.id, actor, action, OffsetDateTime.now(clock), json(before), json(after))
                .persist();
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
                organisation.id).firstResultOptional();
        AuditEntry.after(last, organisation.id, actor, action, OffsetDateTime.now(clock), json(before), json(after))
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
