package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanApproved;
import io.grassroots.inspection.plan.PlanCancelled;
import io.grassroots.inspection.plan.PlanCancelling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The schedule's side of a plan's decisions, observed inside the deciding transaction. */
@ApplicationScoped
public class PlanDecisions {
    @Inject
    PlacementQueue placements;
    @Inject
    ScheduleService schedules;

    /**
     * Once a year is scheduled, a plan approved later joins that schedule where it fits: the placement
     * worker places it after the approval commits, so the decision never waits for the schedule.
     */
    void approved(@Observes PlanApproved plan) {
        placements.queue(plan.planId(), plan.year());
    }

    void cancelling(@Observes PlanCancelling plan) {
        schedules.lockPlan(plan.planId(), plan.year());
    }

    void cancelled(@Observes PlanCancelled plan) {
        if (plan.wasInTheSchedule()) {
            schedules.removePlan(plan.planId(), plan.year());
        }
    }
}
