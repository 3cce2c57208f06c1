package io.grassroots.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** An event waiting in the outbox, written in the same transaction as the change it announces. */
@Entity
public class OutboxEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public UUID eventId;
    public String topic;
    @Column(name = "event_key")
    public String key;
    @Column(name = "event_type")
    public String type;
    public String subject;
    public String payload;
    public Instant createdAt;
    public Instant publishedAt;
    /** Set when Kafka refused the row for good; later rows of its key wait until an operator clears it. */
    public Instant parkedAt;
    public String parkReason;
    /** The W3C traceparent of the span the event was written in (null outside of one), sent as a header. */
    public String traceParent;
    /** The id of the request that caused the event (null outside of one), sent as a header. */
    public String requestId;
}
