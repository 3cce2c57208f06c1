package io.grassroots.platform.inbox;

import io.grassroots.platform.trace.EventTrace;

/**
 * An event of a batch seen for the first time, with the trace it was read in (its own span of the
 * trace that wrote it), for the events its effect writes in turn.
 */
public record Delivered(IncomingEvent incoming, EventTrace trace) {
}
