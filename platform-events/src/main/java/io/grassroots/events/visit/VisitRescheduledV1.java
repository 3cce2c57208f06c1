package io.grassroots.events.visit;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A planned visit changed: other days, other plans, or (cancelled) none left. previousDays and
 * previousPlans say what it was.
 */
@EventType(value = "visit.rescheduled.v1", topic = Topics.VISIT_EVENTS)
public record VisitRescheduledV1(VisitSnapshot visit, List<LocalDate> previousDays, List<String> previousPlans,
        boolean cancelled, String reason, Instant rescheduledAt) implements PlatformEvent {
    @Override
    public String subject() {
        return visit.visitId();
    }
}
