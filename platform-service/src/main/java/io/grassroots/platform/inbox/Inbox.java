package io.grassroots.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

/**
 * The processed-events table of an idempotent consumer: recording an event id in the same
 * transaction as its effect means a redelivered event finds its id and has no second effect. Each
 * redelivery found is counted ({@link DroppedRedeliveries}).
 */
@ApplicationScoped
public class Inbox {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    DroppedRedeliveries dropped;

    /** True the first time this event is seen (and records it); false on every redelivery. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String topic) {
        boolean first = em.createNativeQuery("insert into processed_event (event_id, topic, processed_at) values "
                + "(?1, ?2, ?3) on conflict (event_id) do nothing")
                .setParameter(1, eventId).setParameter(2, topic).setParameter(3, Timestamp.from(Instant.now(clock)))
                .executeUpdate() == 1;
        if (!first) {
            dropped.dropped();
        }
        return first;
    }
}
