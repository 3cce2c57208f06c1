package io.grassroots.assessment.support;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/**
 * Keeps the spans the service ends (the latest few thousand), so that a test can see which trace a
 * piece of work joined. Quarkus adds every SpanProcessor bean to its tracer; nothing is exported.
 */
@Singleton
public class RecordedSpans implements SpanProcessor {
    private static final int KEPT = 5_000;
    private final ConcurrentLinkedDeque<SpanData> ended = new ConcurrentLinkedDeque<>();

    @Override
    public void onStart(Context parent, ReadWriteSpan span) {
    }

    @Override
    public boolean isStartRequired() {
        return false;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        ended.addLast(span.toSpanData());
        while (ended.size() > KEPT) {
            ended.pollFirst();
        }
    }

    @Override
    public boolean isEndRequired() {
        return true;
    }

    /** Waits until an ended span matches, and returns it. */
    public SpanData await(Predicate<SpanData> filter, Duration timeout) {
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> ended.stream().anyMatch(filter));
        return ended.stream().filter(filter).findFirst().orElseThrow();
    }

    /** The ended spans that match, oldest first. */
    public List<SpanData> matching(Predicate<SpanData> filter) {
        return ended.stream().filter(filter).toList();
    }
}
