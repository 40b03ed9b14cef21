package fr.hautsdefrance.acte.application.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * The portal sessions that have ended, by the identity provider's session id ({@code sid}). The
 * portal's session cookie carries the tokens themselves, so clearing it in the browser does not
 * stop a copy of it from working until its access token expires: every portal request is checked
 * against this list instead (see PortalSessionCheck), on every replica since it is in the database.
 */
@ApplicationScoped
public class PortalSessions {

    /** How an ended session ended. */
    public enum Ending { SIGNED_OUT, IDENTITY_PROVIDER }

    /** Past this, a session's tokens can no longer be refreshed (Keycloak's maximum session), so its row may go. */
    static final Duration KEPT = Duration.ofDays(2);

    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    public PortalSessions(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Records the end of a session; ending it again changes nothing. */
    @Transactional
    public void end(String sessionId, String subject, Ending ending) {
        entityManager.createNativeQuery("insert into ended_portal_session (session_id, subject, ended_by, ended_at) "
                        + "values (?1, ?2, ?3, ?4) on conflict (session_id) do nothing")
                .setParameter(1, sessionId).setParameter(2, subject).setParameter(3, ending.name())
                .setParameter(4, OffsetDateTime.now(clock)).executeUpdate();
    }

    /** Called while a request is being authenticated, before any request context: a transaction of its own. */
    @Transactional
    public boolean ended(String sessionId) {
        return !entityManager.createNativeQuery("select 1 from ended_portal_session where session_id = ?1")
                .setParameter(1, sessionId).getResultList().isEmpty();
    }

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldSessions() {
        entityManager.createNativeQuery("delete from ended_portal_session where ended_at < ?1")
                .setParameter(1, OffsetDateTime.now(clock).minus(KEPT)).executeUpdate();
    }
}
