package fr.hautsdefrance.acte.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.function.Consumer;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the event's
 * effect, so a redelivered or replayed event changes nothing. A failure that may pass is retried
 * here, for every consumer, before the record goes to the dead-letter topic.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;
    private final TransientFailureRetry retry;

    @Inject
    public Inbox(EntityManager entityManager, MessagingConfig config) {
        this.entityManager = entityManager;
        this.retry = new TransientFailureRetry(config.consumerRetry());
    }

    /**
     * Applies {@code effect} unless {@code consumer} has already processed this event, each attempt in
     * a transaction of its own: a retry checks the inbox again, so an attempt whose commit did happen
     * (only its answer was lost) is not applied twice.
     *
     * @return whether the effect ran
     */
    public boolean processOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        if (QuarkusTransaction.isActive()) {
            // The caller's transaction cannot be started again from here: it is the caller's to retry.
            return recordAndApply(consumer, event, effect);
        }
        return retry.call(event.id(),
                () -> QuarkusTransaction.requiringNew().call(() -> recordAndApply(consumer, event, effect)));
    }

    private boolean recordAndApply(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
        // A concurrent delivery of the same id waits on the primary key, then finds it taken.
        int inserted = entityManager.createNativeQuery(
                "insert into processed_event (consumer, event_id, event_type, processed_at) "
                        + "values (?1, ?2, ?3, now()) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type().shortName())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        effect.accept(event);
        return true;
    }
}
