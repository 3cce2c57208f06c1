package io.grassroots.platform.outbox;

import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import java.util.List;

/**
 * A change whose event would be larger than the outbox takes (outbox.max-event-bytes): thrown when the
 * event is written, so the change rolls back instead of committing an event that can never go out.
 * Every service answers it as a 422 problem with rule {@value #RULE}.
 */
public class EventTooLargeException extends ProblemException {
    public static final String RULE = "EVENT_TOO_LARGE";

    public EventTooLargeException(String eventType, long bytes, long limit) {
        this(detail(eventType, bytes, limit));
    }

    private EventTooLargeException(String detail) {
        super(422, "urn:grassroots:problem:event-too-large", "The change would make an event too large to publish",
                detail, List.of(new Violation(null, RULE, detail)));
    }

    private static String detail(String eventType, long bytes, long limit) {
        return "the " + eventType + " event of this change would be " + mib(bytes) + " MiB, over the limit of "
                + mib(limit) + " MiB; nothing was changed: narrow the change (e.g. fewer target units)";
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
