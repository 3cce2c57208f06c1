package io.grassroots.inspection.plan;

import java.util.UUID;

/** Fired inside the approving transaction: the schedule queues the plan for placement. */
public record PlanApproved(UUID planId, int year) {
}
