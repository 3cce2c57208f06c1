package io.grassroots.inspection.plan;

import java.util.UUID;

/**
 * Fired inside a cancellation before the plan row changes: the schedule takes the locks of the plan's
 * units first, so that a run holding them never waits on this plan's row.
 */
public record PlanCancelling(UUID planId, int year) {
}
