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

    public String toJson(PlatformEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventType() + " cannot be written as JSON", e);
        }
    }
}
