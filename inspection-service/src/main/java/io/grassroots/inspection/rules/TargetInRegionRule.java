package io.grassroots.inspection.rules;

import java.util.List;
import java.util.Optional;

/** A department may only target units inside the region it governs. */
public final class TargetInRegionRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.TARGET_IN_REGION;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        List<String> outside = plan.targetUnits().stream()
                .filter(code -> !code.startsWith(plan.departmentRegion())).sorted().toList();
        if (outside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(outside.size() + " of " + plan.targetUnits().size() + " targets lie outside region "
                + plan.departmentRegion() + " governed by " + plan.departmentId() + ": "
                + Sample.of(outside, ", "));
    }
}
