package io.grassroots.events.plan;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.util.List;

/** A coordinator approved a plan, accepting by name the review findings it carried. */
@EventType(value = "plan.approved.v1", topic = Topics.PLAN_EVENTS)
public record PlanApprovedV1(PlanSnapshot plan, List<RuleFindingV1> findings, List<String> acceptedFindings,
        String reason, String decidedBy, Instant decidedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return plan.planId();
    }
}
