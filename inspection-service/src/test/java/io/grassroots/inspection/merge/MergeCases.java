package io.grassroots.inspection.merge;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.List;

/** Hand-made plan-targets and visits for the engine's tests, on the visit days of 2026's shipped calendar. */
final class MergeCases {
    static final WorkingCalendar CALENDAR = OfficialCalendarData.shipped();
    static final VisitDays DAYS = VisitDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            CALENDAR::isVisitDay);

    private MergeCases() {
    }

    /** A plan-target of one on-site day in the unit's county, its window from..to (ISO dates). */
    static PlanTarget target(String plan, String unit, String group, String dept, int level, String from,
            String to, int team, String... materials) {
        return new PlanTarget(plan, unit, unit.substring(0, 6), group, dept, level, LocalDate.parse(from),
                LocalDate.parse(to), 1, team, List.of(materials));
    }

    /** The visit as confirmed: frozen, so the engine neither moves nor reopens it. */
    static Visit freeze(Visit v) {
        return new Visit(v.unitCode(), v.countyCode(), v.family(), v.days(), v.members(), v.leadDepartment(),
                v.team(), v.materials(), true);
    }
}
