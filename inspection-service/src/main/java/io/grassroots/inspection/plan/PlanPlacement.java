package io.grassroots.inspection.plan;

import java.util.List;
import java.util.UUID;

/**
 * What the schedule says of one plan, for the plan's own view: implemented by the schedule, so that
 * the plan package reads it without depending on the schedule's classes.
 */
public interface PlanPlacement {
    /** Whether the plan waits in the placement queue. */
    boolean pending(UUID planId);

    /** The plan's targets the schedule could not place, with reasons and suggestions. */
    List<PlanView.Unplaced> unplaced(UUID planId);
}
