package io.grassroots.events.plan;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.util.List;

/** A coordinator rejected a plan, with the reason. */
@EventType(value = "plan.rejected.v1", topic = Topics.PLAN_EVENTS)
public record PlanRejectedV1(PlanSnapshot plan, List<RuleFindingV1> findings, String reason, String decidedBy,
        Instant decidedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return plan.planId();
    }
}
