package io.grassroots.platform.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.MDC;
import org.junit.jupiter.api.Test;

/** The trace and request id an event carries from the request that wrote it to its consumers. */
class EventTraceTest {
    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN = "00f067aa0ba902b7";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void theRequestsSpanAndIdAreWhatTheOutboxKeeps() {
        SpanContext span = SpanContext.create(TRACE, SPAN, TraceFlags.getSampled(), TraceState.getDefault());
        MDC.put("requestId", "req-0001-abc");
        try (Scope scope = Span.wrap(span).makeCurrent()) {
            assertEquals(new EventTrace(TRACEPARENT, "req-0001-abc"), EventTrace.current());
        } finally {
            MDC.remove("requestId");
        }
        assertEquals(EventTrace.NONE, EventTrace.current(), "outside a request there is nothing to keep");
    }

    @Test
    void theHeadersGoAndComeBackUnchanged() {
        RecordHeaders headers = new RecordHeaders();
        new EventTrace(TRACEPARENT, "req-0001-abc").writeTo(headers);
        assertEquals(TRACEPARENT, new String(headers.lastHeader("traceparent").value(), StandardCharsets.UTF_8));
        assertEquals("req-0001-abc", new String(headers.lastHeader("request-id").value(), StandardCharsets.UTF_8));

        EventTrace read = EventTrace.readFrom(headers);
        assertEquals(new EventTrace(TRACEPARENT, "req-0001-abc"), read);
        SpanContext parent = read.parent();
        assertTrue(parent.isRemote());
        assertEquals(TRACE, parent.getTraceId());
        assertEquals(SPAN, parent.getSpanId());
        assertTrue(parent.isSampled());
        assertEquals(parent, Span.fromContext(read.parentContext(Context.root())).getSpanContext());
    }

    @Test
    void anEventWithoutTraceWritesNoHeadersAndItsConsumerStartsAfresh() {
        RecordHeaders headers = new RecordHeaders();
        EventTrace.NONE.writeTo(headers);
        assertFalse(headers.iterator().hasNext());
        EventTrace read = EventTrace.readFrom(headers);
        assertEquals(EventTrace.NONE, read);
        assertFalse(read.parent().isValid());
        assertEquals(Context.root(), read.parentContext(Context.root()));
    }

    @Test
    void malformedValuesAreDroppedNotTrusted() {
        RecordHeaders headers = new RecordHeaders();
        String zeroTrace = "00-00000000000000000000000000000000-00f067aa0ba902b7-01";
        headers.add("traceparent", zeroTrace.getBytes(StandardCharsets.UTF_8));
        headers.add("request-id", "bad id\nINFO forged line".getBytes(StandardCharsets.UTF_8));
        assertEquals(EventTrace.NONE, EventTrace.readFrom(headers));
        assertNull(new EventTrace("not a traceparent", null).traceparent());
        assertNull(new EventTrace("x".repeat(300), null).traceparent());
    }
}
