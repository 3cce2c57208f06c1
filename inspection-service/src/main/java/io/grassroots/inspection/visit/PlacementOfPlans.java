package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanPlacement;
import io.grassroots.inspection.plan.PlanView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** What the schedule tells a plan's view: whether it waits for placement, and what stayed unplaced. */
@ApplicationScoped
public class PlacementOfPlans implements PlanPlacement {
    @Inject
    PlacementQueue placements;
    @Inject
    UnplacedTargets unplaced;

    @Override
    public boolean pending(UUID planId) {
        return placements.pending(planId);
    }

    @Override
    public List<PlanView.Unplaced> unplaced(UUID planId) {
        return unplaced.ofPlan(planId).stream().map(u -> new PlanView.Unplaced(u.key.unitCode(), u.reason, u.detail,
                u.suggestedDate, u.suggestedVisit, u.suggestion)).toList();
    }
}
