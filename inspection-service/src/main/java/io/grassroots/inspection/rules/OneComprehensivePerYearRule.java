package io.grassroots.inspection.rules;

import java.util.List;
import java.util.Optional;

/** 原则上每年只开展1次综合性督查检查考核: at most N comprehensive plans per department and year. */
public final class OneComprehensivePerYearRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.ONE_COMPREHENSIVE_PER_YEAR;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        if (!plan.comprehensive()) {
            return Optional.empty();
        }
        List<ExistingPlan> others = context.otherPlans().stream().filter(ExistingPlan::comprehensive).toList();
        int max = context.parameters().comprehensivePerYear();
        if (others.size() + 1 <= max) {
            return Optional.empty();
        }
        return Optional.of("at most " + max + " comprehensive plan(s) a year; this would be number "
                + (others.size() + 1) + " in " + plan.year() + " after "
                + Sample.of(others.stream().map(p -> "'" + Sample.title(p.title()) + "'").toList(), ", "));
    }
}
