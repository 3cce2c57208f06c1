package io.grassroots.inspection.rules;

import java.util.Optional;

/** 督查检查考核事项、频次减少50%以上: a department's plan-targets in a year stay within its quota. */
public final class AnnualQuotaRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.ANNUAL_QUOTA;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        if (context.quota().isEmpty()) {
            return Optional.empty();
        }
        Quota quota = context.quota().get();
        long before = context.otherPlans().stream().mapToLong(p -> p.targetUnits().size()).sum();
        long total = before + plan.targetUnits().size();
        if (total <= quota.limit()) {
            return Optional.empty();
        }
        return Optional.of("quota " + quota.limit() + " plan-targets (baseline " + quota.baseline() + " cut by "
                + Math.round(quota.cut() * 100) + "%), this plan brings " + plan.year() + " to " + total
                + " (" + before + " already filed + " + plan.targetUnits().size() + ")");
    }
}
