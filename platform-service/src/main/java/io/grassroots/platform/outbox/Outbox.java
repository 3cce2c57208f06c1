package io.grassroots.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.PlatformEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** Puts events into the outbox inside the caller's transaction, so they commit with the change or not at all. */
@ApplicationScoped
public class Outbox {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(PlatformEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.randomUUID();
        row.topic = event.topic();
        row.key = event.subject();
        row.type = event.eventType();
        row.subject = event.subject();
        row.payload = toJson(event);
        row.createdAt = Instant.now(clock);
        em.persist(row);
        return row.eventId;
    }

    /** Several events of one change in one JDBC batch: one round trip instead of one per event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(java.util.List<? extends PlatformEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        java.sql.Timestamp now = java.sql.Timestamp.from(Instant.now(clock));
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement insert = connection.prepareStatement("insert into outbox_event (event_id, "
                    + "topic, event_key, event_type, subject, payload, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                for (PlatformEvent event : events) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, event.topic());
                    insert.setString(3, event.subject());
                    insert.setString(4, event.eventType());
                    insert.setString(5, event.subject());
                    insert.setString(6, toJson(event));
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public String toJson(PlatformEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventType() + " cannot be written as JSON", e);
        }
    }
}
