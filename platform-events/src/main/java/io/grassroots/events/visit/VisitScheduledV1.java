package io.grassroots.events.visit;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;

/** A new joint visit was planned (not yet confirmed to the unit). */
@EventType(value = "visit.scheduled.v1", topic = Topics.VISIT_EVENTS)
public record VisitScheduledV1(VisitSnapshot visit, Instant scheduledAt) implements PlatformEvent {
    @Override
    public String subject() {
        return visit.visitId();
    }
}
