package io.grassroots.inspection.rules;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The rule tests' plain plan of 2026, its variations, and the context and engine they are checked with. */
final class RuleCases {
    static final WorkingCalendar CALENDAR = OfficialCalendarData.shipped();
    // Monday 2026-03-02; ten working days later is Monday 2026-03-16.
    static final LocalDate SUBMITTED = LocalDate.of(2026, 3, 2);

    private static final RuleEngine ENGINE = new RuleEngine();

    private RuleCases() {
    }

    static PlanFacts plan() {
        return new PlanFacts("p-new", "450102-emergency", "450102", 2026, false, "WORK_SAFETY",
                LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), 1, 3, Set.of("450102001", "450102002"),
                "", null);
    }

    static PlanFacts with(PlanFacts p, Map<String, Object> changes) {
        return new PlanFacts(p.planId(), p.departmentId(), p.departmentRegion(), p.year(),
                (boolean) changes.getOrDefault("comprehensive", p.comprehensive()), p.categoryCode(),
                (LocalDate) changes.getOrDefault("windowStart", p.windowStart()),
                (LocalDate) changes.getOrDefault("windowEnd", p.windowEnd()),
                (int) changes.getOrDefault("onSiteDays", p.onSiteDays()),
                (int) changes.getOrDefault("teamSize", p.teamSize()),
                castSet(changes.getOrDefault("targets", p.targetUnits())),
                (String) changes.getOrDefault("mandate", p.mandate()),
                (String) changes.getOrDefault("vetoItem", p.vetoItem()));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> castSet(Object o) {
        return (Set<String>) o;
    }

    static RuleContext context(List<ExistingPlan> others) {
        return new RuleContext(RuleParameters.DEFAULTS, Optional.empty(), CALENDAR, SUBMITTED, others);
    }

    /** The findings of one rule, as the engine gives them for the plan in the context. */
    static List<Finding> findings(PlanFacts plan, RuleContext context, RuleId rule) {
        return ENGINE.evaluate(plan, context).stream().filter(f -> f.rule() == rule).toList();
    }
}
