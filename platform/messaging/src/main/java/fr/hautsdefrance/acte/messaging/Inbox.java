package fr.hautsdefrance.acte.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.function.Consumer;

/**
 * Idempotent consumption: the event id is recorded in the same transaction as the event's
 * effect, so a redelivered or replayed event changes nothing.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    @Inject
    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Applies {@code effect} unless {@code consumer} has already processed this event.
     *
     * @return whether the effect ran
     */
    @Transactional
    public boolean processOnce(String consumer, InboundEvent event, Consumer<InboundEvent> effect) {
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
