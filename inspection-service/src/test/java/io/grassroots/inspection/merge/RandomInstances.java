package io.grassroots.inspection.merge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Random plan-targets for property tests: few units, groups and departments, so that merges happen. */
final class RandomInstances {
    static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private RandomInstances() {
    }

    /** Weekdays of 2026, with a random few blacked out when holes is true. */
    static Predicate<LocalDate> visitDay(Random random, boolean holes) {
        int blackoutStart = random.nextInt(300);
        int blackoutLength = holes ? random.nextInt(25) : 0;
        return d -> {
            int doy = d.getDayOfYear();
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            return !weekend && !(doy >= blackoutStart && doy < blackoutStart + blackoutLength);
        };
    }

    static VisitDays days(Random random, boolean holes) {
        return VisitDays.between(YEAR_START, YEAR_END, visitDay(random, holes));
    }

    /** n plan-targets over the given units and groups, windows within a span of days from a random start. */
    static List<PlanTarget> targets(Random random, int n, int units, int groups, int departments, int span,
            int maxOnSite) {
        return targets(random, n, units, groups, departments, span, maxOnSite, 5, "p");
    }

    /** As above, with teams of 1..maxTeam and plan ids starting with the prefix. */
    static List<PlanTarget> targets(Random random, int n, int units, int groups, int departments, int span,
            int maxOnSite, int maxTeam, String prefix) {
        List<PlanTarget> list = new ArrayList<>();
        int base = random.nextInt(200);
        for (int i = 0; i < n; i++) {
            LocalDate start = YEAR_START.plusDays(base + random.nextInt(span));
            LocalDate end = start.plusDays(random.nextInt(Math.max(1, span / 2)));
            int dept = random.nextInt(departments);
            String unit = String.format("450102%03d", 1 + random.nextInt(units));
            list.add(new PlanTarget(prefix + i, unit, "450102", "G" + random.nextInt(groups),
                    "d" + dept, dept % 3, start, end.isAfter(YEAR_END) ? YEAR_END : end, 1 + random.nextInt(maxOnSite),
                    1 + random.nextInt(maxTeam), List.of("M" + random.nextInt(4), "M" + random.nextInt(4)).stream()
                            .distinct().toList()));
        }
        return list;
    }
}
