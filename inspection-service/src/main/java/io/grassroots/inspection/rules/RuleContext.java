package io.grassroots.inspection.rules;

import io.grassroots.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything around a plan that the rules weigh: the parameters in force, the department's quota,
 * the calendar with blackouts, the day of submission, and the department's other live plans that year.
 */
public record RuleContext(RuleParameters parameters, Optional<Quota> quota, WorkingCalendar calendar,
        LocalDate submissionDate, List<ExistingPlan> otherPlans) {
}
