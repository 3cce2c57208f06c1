package io.grassroots.events.visit;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;

/** Notice was given: the visit is fixed and will not move. */
@EventType(value = "visit.confirmed.v1", topic = Topics.VISIT_EVENTS)
public record VisitConfirmedV1(VisitSnapshot visit, String confirmedBy, Instant confirmedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return visit.visitId();
    }
}
