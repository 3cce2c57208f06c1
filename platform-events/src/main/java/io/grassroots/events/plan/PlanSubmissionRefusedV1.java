package io.grassroots.events.plan;

import io.grassroots.events.EventType;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.Topics;
import java.time.Instant;
import java.util.List;

/**
 * A department tried to submit a plan and a blocking rule refused it (notice, calendar, quota …).
 * The plan stays a draft; the attempt is recorded so the burden ledger can count it.
 */
@EventType(value = "plan.submission-refused.v1", topic = Topics.PLAN_EVENTS)
public record PlanSubmissionRefusedV1(PlanSnapshot plan, List<RuleFindingV1> blocking, String attemptedBy,
        Instant attemptedAt) implements PlatformEvent {
    @Override
    public String subject() {
        return plan.planId();
    }
}
