package io.grassroots.events.plan;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A department submitted a plan for approval; the findings are what the rules said at submission,
 * and quota is the department's annual quota in force then (null when none is set).
 */
@EventType(value = "plan.submitted.v1", topic = Topics.PLAN_EVENTS)
public record PlanSubmittedV1(PlanSnapshot plan, List<RuleFindingV1> findings, String submittedBy,
        Instant submittedAt, QuotaV1 quota) implements PlatformEvent {
    @Override
    public String subject() {
        return plan.planId();
    }
}
