package io.grassroots.inspection.plan;

import java.util.UUID;

/** Fired inside a cancellation once the plan is CANCELLED: the schedule takes it out of its visits. */
public record PlanCancelled(UUID planId, int year, PlanStatus previous) {
    /** Whether the plan may have had visits or a place in the placement queue. */
    public boolean wasInTheSchedule() {
        return previous == PlanStatus.APPROVED || previous == PlanStatus.SCHEDULED;
    }
}
