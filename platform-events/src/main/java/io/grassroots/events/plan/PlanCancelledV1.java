package io.grassroots.events.plan;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;

/** A plan was withdrawn before completion; previousStatus tells consumers what to undo. */
@EventType(value = "plan.cancelled.v1", topic = Topics.PLAN_EVENTS)
public record PlanCancelledV1(PlanSnapshot plan, String previousStatus, String reason, String cancelledBy,
        Instant cancelledAt) implements PlatformEvent {
    @Override
    public String subject() {
        return plan.planId();
    }
}
