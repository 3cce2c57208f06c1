package io.grassroots.platform.inbox;

import io.grassroots.platform.trace.EventTrace;
import io.grassroots.platform.web.RequestIds;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.MDC;

/**
 * A record's processing span, a child of the trace that wrote the record (its traceparent header), open
 * until closed: work may enter it more than once (a batch reads each record in its span, then logs each
 * record's outcome in it after the batch's commit), with that trace and the record's request id in the MDC.
 */
final class RecordSpan implements AutoCloseable {
    private final Span span;
    private final String requestId;

    private RecordSpan(Span span, String requestId) {
        this.span = span;
        this.requestId = requestId;
    }

    /** Starts the span of the record's processing. */
    static RecordSpan open(Tracer tracer, ConsumerRecord<String, String> record) {
        EventTrace trace = EventTrace.readFrom(record.headers());
        Span span = tracer.spanBuilder(record.topic() + " process").setSpanKind(SpanKind.CONSUMER)
                .setParent(trace.parentContext(Context.current()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.destination.partition.id", String.valueOf(record.partition()))
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
        return new RecordSpan(span, trace.requestId());
    }

    /** Runs the work with the span current and its ids in the MDC; a failure is recorded on the span. */
    void run(Consumer<Span> work) {
        try (Scope scope = span.makeCurrent(); Logged logged = new Logged(requestId, span.getSpanContext())) {
            work.accept(span);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getMessage());
            throw e;
        }
    }

    /** Notes on the span something that happened to its record without failing it (a batch rolled back). */
    void note(String event) {
        span.addEvent(event);
    }

    @Override
    public void close() {
        span.end();
    }

    /**
     * The request id and the trace and span ids in the MDC while an event is applied, as a request's
     * lines have them; what was there before comes back after. (Quarkus sets the trace keys itself
     * where the work runs on a Vert.x context; this sets them wherever it runs.)
     */
    private static final class Logged implements AutoCloseable {
        private final Map<String, Object> before = new HashMap<>();

        Logged(String requestId, SpanContext span) {
            set(RequestIds.MDC_KEY, requestId);
            set("traceId", span.isValid() ? span.getTraceId() : null);
            set("spanId", span.isValid() ? span.getSpanId() : null);
        }

        private void set(String key, String value) {
            before.put(key, MDC.get(key));
            put(key, value);
        }

        private static void put(String key, Object value) {
            if (value == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, value);
            }
        }

        @Override
        public void close() {
            before.forEach(Logged::put);
        }
    }
}
