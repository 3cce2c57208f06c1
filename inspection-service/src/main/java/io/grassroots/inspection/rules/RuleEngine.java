package io.grassroots.inspection.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the submission rules over a plan and returns every finding, in rule order. */
public final class RuleEngine {
    private static final Map<RuleId, String> FIELDS = Map.of(
            RuleId.ONE_COMPREHENSIVE_PER_YEAR, "scope",
            RuleId.ANNUAL_QUOTA, "targets",
            RuleId.TEAM_SIZE, "teamSize",
            RuleId.NOTICE, "windowStart",
            RuleId.CALENDAR, "windowStart",
            RuleId.CALENDAR_UNKNOWN, "windowStart",
            RuleId.TARGET_IN_REGION, "targets",
            RuleId.MANDATE_REQUIRED, "mandate",
            RuleId.DUPLICATE_PLAN, "targets");

    private final List<PlanRule> rules = List.of(new OneComprehensivePerYearRule(), new AnnualQuotaRule(),
            new TeamSizeRule(), new NoticeRule(), new CalendarRule(), new CalendarUnknownRule(),
            new TargetInRegionRule(),
            new MandateRequiredRule(), new DuplicatePlanRule());

    public List<Finding> evaluate(PlanFacts plan, RuleContext context) {
        return rules.stream()
                .flatMap(rule -> finding(rule, plan, context).stream())
                .toList();
    }

    private static Optional<Finding> finding(PlanRule rule, PlanFacts plan, RuleContext context) {
        return rule.check(plan, context).map(message -> new Finding(rule.id(),
                context.parameters().severityOf(rule.id()), FIELDS.get(rule.id()), message));
    }
}
