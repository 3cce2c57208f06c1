package io.grassroots.platform.trace;

import io.grassroots.platform.web.RequestIds;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * What an event carries of the work that caused it: the W3C traceparent of the span it was written in
 * and the request id. The outbox keeps both with the event's row (the relay sends it later, outside
 * the request), the relay sends them as the Kafka headers {@code traceparent} and {@code request-id},
 * and a consumer continues the trace from them and logs the request id. Either may be absent (an event
 * written outside a request, a record from elsewhere); a malformed one is dropped, never trusted.
 */
public record EventTrace(String traceparent, String requestId) {
    public static final String TRACEPARENT = "traceparent";
    public static final String REQUEST_ID = "request-id";
    public static final EventTrace NONE = new EventTrace(null, null);

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> FROM_MAP = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    public EventTrace {
        traceparent = spanContextOf(traceparent).isValid() ? traceparent : null;
        requestId = RequestIds.wellFormed(requestId) ? requestId : null;
    }

    /** The trace of the work on this thread now: the current span and the request id in the MDC. */
    public static EventTrace current() {
        return new EventTrace(traceparentOf(Span.current().getSpanContext()), RequestIds.current());
    }

    /** The W3C traceparent of a span, or null for an invalid one (no span). */
    public static String traceparentOf(SpanContext span) {
        if (!span.isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(Context.root().with(Span.wrap(span)), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Reads the headers of a record; what is missing or malformed is left out. */
    public static EventTrace readFrom(Headers headers) {
        return new EventTrace(last(headers, TRACEPARENT), last(headers, REQUEST_ID));
    }

    /** Adds the headers to an outgoing record, those it has. */
    public void writeTo(Headers headers) {
        if (traceparent != null) {
            headers.add(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
        if (requestId != null) {
            headers.add(REQUEST_ID, requestId.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The span the traceparent names, as a remote parent; invalid when there is none. */
    public SpanContext parent() {
        return spanContextOf(traceparent);
    }

    /** The context to start the consumer's span in: the traceparent's when there is one, else the given one. */
    public Context parentContext(Context otherwise) {
        SpanContext parent = parent();
        return parent.isValid() ? otherwise.with(Span.wrap(parent)) : otherwise;
    }

    private static SpanContext spanContextOf(String traceparent) {
        if (traceparent == null || traceparent.length() > 256) {
            return SpanContext.getInvalid();
        }
        Context extracted = W3C.extract(Context.root(), Map.of(TRACEPARENT, traceparent), FROM_MAP);
        return Span.fromContext(extracted).getSpanContext();
    }

    private static String last(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
