package fr.hautsdefrance.acte.application.service;

import fr.hautsdefrance.acte.application.domain.organisation.Organisation;
import fr.hautsdefrance.acte.messaging.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes once the members of every organisation registered before organisation.contacts-changed existed
 * (contacts revision 0), so that the consumers' copy of who to tell starts complete.
 *
 * <p>A step at startup rather than a Flyway migration writing outbox rows: the payload is built by the same
 * domain code as every later change and checked by the outbox against docs/asyncapi.yaml (SQL would write
 * its JSON by hand, unchecked), and it goes through the outbox's per-organisation ordering. It cannot publish
 * twice: an organisation is announced locked, only while its revision is 0, and the announcement raises the
 * revision in the transaction that writes the outbox row; a restart, or a second replica starting at the
 * same time, finds it announced. An organisation it fails on stays at 0 and is announced at the next start.
 */
@ApplicationScoped
public class OrganisationContactsBackfill {

    private static final Logger LOG = Logger.getLogger(OrganisationContactsBackfill.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;
    private final ManagedExecutor executor;

    @Inject
    public OrganisationContactsBackfill(EntityManager entityManager, Outbox outbox, Clock clock,
            ManagedExecutor executor) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
        this.executor = executor;
    }

    /** Beside the start rather than in it: the service is ready without waiting for the query and its publications. */
    void onStart(@Observes StartupEvent startup) {
        executor.runAsync(this::run).exceptionally(failure -> {
            LOG.warnf(failure, "Organisations never announced not listed, tried again at the next start");
            return null;
        });
    }

    /** Announces the organisations never announced; returns how many this call announced. */
    public int run() {
        List<UUID> neverAnnounced = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createQuery("select o.id from Organisation o where o.contactsRevision = 0", UUID.class)
                .getResultList());
        int announced = 0;
        for (UUID id : neverAnnounced) {
            try {
                if (announce(id)) {
                    announced++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Contacts of organisation %s not published, tried again at the next start", id);
            }
        }
        if (announced > 0) {
            LOG.infof("Contacts published for %d organisation(s) registered before organisation.contacts-changed",
                    announced);
        }
        return announced;
    }

    /**
     * Publishes one organisation's members, in its own transaction, unless they were already: judged again
     * under the organisation's lock, since another replica may have announced it since it was listed.
     */
    public boolean announce(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> announceLocked(id));
    }

    private boolean announceLocked(UUID id) {
        Organisation organisation = entityManager.find(Organisation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (organisation == null) {
            return false;
        }
        return organisation.announceContactsIfNeverPublished(OffsetDateTime.now(clock))
                .map(event -> {
                    ApplicationEvents.publish(outbox, event);
                    return true;
                })
                .orElse(false);
    }
}
