package io.grassroots.inspection.rules;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Until the State Council's arrangement of a year is loaded, the calendar knows only its weekends:
 * a plan whose window touches such a year is checked as if Spring Festival and National Day were
 * working days, so a coordinator must look at it (or load the year first).
 */
public final class CalendarUnknownRule implements PlanRule {
    @Override
    public RuleId id() {
        return RuleId.CALENDAR_UNKNOWN;
    }

    @Override
    public Optional<String> check(PlanFacts plan, RuleContext context) {
        List<Integer> missing = context.calendar().uncoveredYears(plan.windowStart(), plan.windowEnd());
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String years = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String load = missing.stream().map(y -> "PUT /api/calendar/" + y).collect(Collectors.joining(", "));
        return Optional.of("no official holiday arrangement for " + years + " is loaded yet: weekends only are "
                + "excluded; load it with " + load);
    }
}
