package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.RecordedSpans;
import io.grassroots.events.Topics;
import io.grassroots.events.data.DataReportedV1;
import io.grassroots.testing.EventPublisher;
import io.grassroots.testing.LogCapture;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;

/**
 * An event that carries the trace and the request id of the request that wrote it (the outbox relay's
 * traceparent and request-id headers) is applied in a span of that trace, and the consumer's log lines
 * while it is applied carry both.
 */
@QuarkusTest
class TracedDeliveryTest {
    private static final String TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final String PRODUCER_SPAN = "b7ad6b7169203331";
    private static final String REQUEST_ID = "traced-report-0001";
    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    RecordedSpans spans;

    @Test
    void theConsumerContinuesTheEventsTraceAndLogsItsRequestId() {
        try (LogCapture log = LogCapture.of("io.grassroots.platform.inbox", Level.FINE);
                EventPublisher events = new EventPublisher()) {
            String eventId = events.publish(new DataReportedV1("450188100", "TRACE_TEST_KM", "2026", BigDecimal.ONE, 1,
                    "STATISTICS", "traced-450188100", Instant.parse("2026-05-01T02:00:00Z")),
                    Map.of("traceparent", "00-" + TRACE + "-" + PRODUCER_SPAN + "-01", "request-id", REQUEST_ID));
            LogCapture.Line applied = log.await(l -> l.message().contains(eventId + " applied"),
                    Duration.ofSeconds(60));
            assertEquals(REQUEST_ID, applied.mdc("requestId"), applied.toString());
            assertEquals(TRACE, applied.mdc("traceId"), applied.toString());

            SpanData processed = spans.await(s -> eventId.equals(s.getAttributes().get(MESSAGE_ID)),
                    Duration.ofSeconds(10));
            assertEquals(TRACE, processed.getTraceId());
            assertEquals(PRODUCER_SPAN, processed.getParentSpanId(), "a child of the span that wrote the event");
            assertEquals(SpanKind.CONSUMER, processed.getKind());
            assertEquals(Topics.DATA_EVENTS + " process", processed.getName());
            assertEquals(applied.mdc("spanId"), processed.getSpanId(), "the log line names the consumer's span");
            // The inbox's span is the record's only one: the connector's own (a second child per record,
            // and the CPU to make it) is off.
            assertEquals(List.of(processed.getName()), spans.matching(s -> PRODUCER_SPAN.equals(s.getParentSpanId()))
                    .stream().map(SpanData::getName).toList(), "the spans made for the record");
        }
    }
}
