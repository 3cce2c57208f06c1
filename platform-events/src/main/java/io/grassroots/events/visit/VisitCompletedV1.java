package io.grassroots.events.visit;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;

/** Every plan of the visit has its result recorded. */
@EventType(value = "visit.completed.v1", topic = Topics.VISIT_EVENTS)
public record VisitCompletedV1(VisitSnapshot visit, Instant completedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return visit.visitId();
    }
}
