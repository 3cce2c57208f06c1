package io.grassroots.inspection.rules;

import io.grassroots.calendar.Blackout;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** No visits on weekends, holidays or blackouts: the window must hold enough visit days. */
public final class CalendarRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.CALENDAR;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        int available = context.calendar().visitDays(plan.windowStart(), plan.windowEnd()).size();
        if (available >= plan.onSiteDays()) {
            return Optional.empty();
        }
        Set<String> blackouts = new LinkedHashSet<>();
        for (LocalDate d = plan.windowStart(); !d.isAfter(plan.windowEnd()); d = d.plusDays(1)) {
            context.calendar().blackoutOn(d).map(Blackout::toString).ifPresent(blackouts::add);
        }
        return Optional.of("window " + plan.windowStart() + ".." + plan.windowEnd() + " holds " + available
                + " working day(s) outside weekends, holidays and blackouts"
                + (blackouts.isEmpty() ? "" : " (" + Sample.of(List.copyOf(blackouts), "; ") + ")")
                + "; the plan needs " + plan.onSiteDays());
    }
}
