package io.grassroots.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** An outbox row becomes a record with its CloudEvents headers and the trace of the request that wrote it. */
class OutboxRecordTest {
    private static OutboxEvent row(String traceParent, String requestId) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = UUID.fromString("5a0f3c1e-0000-4000-8000-000000000001");
        row.topic = "visit-events";
        row.key = "450103001";
        row.type = "visit.scheduled.v1";
        row.subject = "450103001";
        row.payload = "{}";
        row.createdAt = Instant.parse("2026-03-02T01:00:00Z");
        row.traceParent = traceParent;
        row.requestId = requestId;
        return row;
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void theRowsTraceAndRequestIdBecomeHeaders() {
        OutboxProducer producer = new OutboxProducer();
        producer.application = "inspection-service";
        ProducerRecord<String, String> record = producer.record(row(
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "req-0001-abc"));
        assertEquals("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", header(record, "traceparent"));
        assertEquals("req-0001-abc", header(record, "request-id"));
        assertEquals("5a0f3c1e-0000-4000-8000-000000000001", header(record, "ce_id"));
        assertEquals("urn:grassroots:inspection-service", header(record, "ce_source"));
    }

    @Test
    void aRowWrittenOutsideARequestHasNeither() {
        OutboxProducer producer = new OutboxProducer();
        producer.application = "inspection-service";
        ProducerRecord<String, String> record = producer.record(row(null, null));
        assertNull(header(record, "traceparent"));
        assertNull(header(record, "request-id"));
    }
}
