package io.grassroots.inspection.outbox;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.grassroots.testing.LogCapture;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * A request's trace (its W3C traceparent) and its request id are in its log lines and travel with the
 * events it writes: kept with the outbox row in the request's transaction, sent later by the relay as
 * Kafka headers.
 */
@QuarkusTest
class TracedEventsTest {
    private static final String TRACE = "5c3a1b2d4e5f60718293a4b5c6d7e8f9";
    private static final String CALLER_SPAN = "1a2b3c4d5e6f7a8b";
    private static final String REQUEST_ID = "traced-submit-0001";

    @Inject
    Db db;

    @Test
    void theSubmissionsTraceAndRequestIdGoWithItsEventToKafka() {
        String dept = TestTokens.department("450222-emergency", "450222");
        String id = draft(dept, PlanJson.valid().with("targets", List.of("450222100")));
        try (LogCapture log = LogCapture.of("io.grassroots.platform.outbox", Level.FINE)) {
            as(dept).header("traceparent", "00-" + TRACE + "-" + CALLER_SPAN + "-01")
                    .header("X-Request-Id", REQUEST_ID).post("/api/plans/" + id + "/submit").then().statusCode(200);
            // The request's log lines, written on the worker thread that answers it, carry its id and trace.
            LogCapture.Line written = log.await(l -> l.message().contains("plan.submitted.v1")
                    && REQUEST_ID.equals(l.mdc("requestId")), Duration.ofSeconds(5));
            assertEquals(TRACE, written.mdc("traceId"), written.toString());
        }

        String kept = db.text("select trace_parent from outbox_event where event_key = ? and event_type = ?", id,
                "plan.submitted.v1");
        assertTrue(kept.matches("00-" + TRACE + "-[0-9a-f]{16}-[0-9a-f]{2}"), "the request's trace: " + kept);
        assertNotEquals(CALLER_SPAN, kept.substring(36, 52), "the span is the service's, a child of the caller's");
        assertEquals(REQUEST_ID, db.text("select request_id from outbox_event where event_key = ? and event_type = ?",
                id, "plan.submitted.v1"));

        try (EventProbe probe = EventProbe.of(Topics.PLAN_EVENTS)) {
            ReceivedEvent submitted = probe.await(e -> id.equals(e.key()) && "plan.submitted.v1".equals(e.type()), 1,
                    Duration.ofSeconds(60)).get(0);
            assertEquals(kept, submitted.header("traceparent"));
            assertEquals(REQUEST_ID, submitted.header("request-id"));
        }
    }
}
