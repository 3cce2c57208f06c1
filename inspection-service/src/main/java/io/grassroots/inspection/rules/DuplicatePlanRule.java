package io.grassroots.inspection.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The same department already plans this category for these units in an overlapping window. */
public final class DuplicatePlanRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.DUPLICATE_PLAN;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        List<String> clashes = new ArrayList<>();
        for (ExistingPlan other : context.otherPlans()) {
            if (!other.categoryCode().equals(plan.categoryCode())
                    || !other.overlaps(plan.windowStart(), plan.windowEnd())) {
                continue;
            }
            long shared = plan.targetUnits().stream().filter(other.targetUnits()::contains).count();
            if (shared > 0) {
                clashes.add("'" + Sample.title(other.title()) + "' (" + other.id() + ") already covers " + shared
                        + " of these " + plan.targetUnits().size() + " units in " + other.windowStart() + ".."
                        + other.windowEnd());
            }
        }
        if (clashes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("category " + plan.categoryCode() + ", " + clashes.size() + " overlapping plan(s): "
                + Sample.of(clashes, "; "));
    }
}
