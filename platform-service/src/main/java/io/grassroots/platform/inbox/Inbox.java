package io.grassroots.platform.inbox;

import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The processed-events table of an idempotent consumer: recording an event id in the same
 * transaction as its effect means a redelivered event finds its id and has no second effect. Each
 * redelivery found is counted ({@link DroppedRedeliveries}). A batch's events are recorded in one statement.
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

    /**
     * Records a batch's events in one statement and returns those seen for the first time, in the batch's
     * order; an event seen before, in an earlier transaction or earlier in this batch, is left out (and
     * counted as dropped), so a duplicate in a batch and a batch delivered again each have one effect.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IncomingEvent> firstDeliveries(List<IncomingEvent> events) {
        Map<String, String> topics = new LinkedHashMap<>();
        events.forEach(e -> topics.putIfAbsent(e.id(), e.topic()));
        Set<String> recorded = new HashSet<>();
        if (!topics.isEmpty()) {
            em.unwrap(org.hibernate.Session.class).doWork(connection -> {
                // In id order: two consumers recording overlapping batches wait on each other's rows in one order.
                try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into processed_event "
                        + "(event_id, topic, processed_at) select e.id, e.topic, ? from unnest(?::text[], ?::text[]) "
                        + "e(id, topic) order by e.id on conflict (event_id) do nothing returning event_id")) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now(clock)));
                    SqlArrays.texts(insert, 2, topics.keySet());
                    SqlArrays.texts(insert, 3, topics.values());
                    try (java.sql.ResultSet rows = insert.executeQuery()) {
                        while (rows.next()) {
                            recorded.add(rows.getString(1));
                        }
                    }
                }
            });
        }
        List<IncomingEvent> first = new ArrayList<>();
        for (IncomingEvent e : events) {
            // Removed once taken: a second copy of the event in this batch is dropped like a redelivery.
            if (recorded.remove(e.id())) {
                first.add(e);
            } else {
                dropped.dropped();
            }
        }
        return first;
    }
}
