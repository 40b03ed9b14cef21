package fr.hautsdefrance.acte.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows to Kafka, in position order, and marks them published once the
 * broker has acknowledged them. Per aggregate, position order is commit order ({@link Outbox#publish}
 * locks the aggregate); between aggregates no order is promised, nor needed: each has its own key.
 * At least once: a crash between the acknowledgement and the mark republishes the same event id,
 * which consumers ignore.
 *
 * <p>One relay thread per process, and across replicas a PostgreSQL advisory lock, so only one
 * relay publishes at a time and the order per aggregate holds.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary, fixed key of the advisory lock that elects the publishing replica. */
    static final long RELAY_LOCK_KEY = 0x4143544552454cL;

    private final Instance<OutboxPublisher> publisher;
    private final EntityManager entityManager;
    private final MessagingConfig config;
    /** Drains only once the application has started: the database is migrated, the channels connected by then. */
    private final CoalescingWorker worker = new CoalescingWorker("outbox-relay", () -> relayPending());

    @Inject
    public OutboxRelay(Instance<OutboxPublisher> publisher, EntityManager entityManager, MessagingConfig config) {
        this.publisher = publisher;
        this.entityManager = entityManager;
        this.config = config;
    }

    /** A new event was committed: relay now rather than at the next poll. */
    void onEventCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxEventStored stored) {
        worker.wakeUp();
    }

    @Scheduled(every = "${acte.messaging.outbox.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        worker.wakeUp();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minus(config.outbox().retention());
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from OutboxEvent e where e.publishedAt < :before")
                .setParameter("before", before).executeUpdate());
    }

    /** Relaying starts once the application has started: the database is migrated by then. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) StartupEvent startup) {
        worker.start();
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        worker.shutdown();
    }


    /** Relays batches until none is left; returns the number of events published. */
    public int relayPending() {
        int published = 0;
        try {
            int batch;
            do {
                batch = QuarkusTransaction.requiringNew().call(this::relayBatch);
                published += batch;
            } while (batch == config.outbox().batchSize());
        } catch (RuntimeException e) {
            // The rows stay pending and the next poll retries; consumers dedupe what was already sent.
            LOG.warnf("Outbox relay paused, will retry: %s", e.getMessage());
        }
        return published;
    }

    private int relayBatch() {
        Boolean leader = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK_KEY).getSingleResult();
        if (!leader) {
            return 0;
        }
        List<OutboxEvent> pending = entityManager
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.position", OutboxEvent.class)
                .setMaxResults(config.outbox().batchSize())
                .getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        try {
            publisher.get().sendAll(pending, config.outbox().sendTimeout());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge within " + config.outbox().sendTimeout(), e);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        pending.forEach(event -> event.publishedAt = now);
        return pending.size();
    }

}
