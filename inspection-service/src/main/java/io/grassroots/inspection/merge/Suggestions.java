package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Says why a plan-target of one unit stays unplaced and where it would fit: the visit day nearest
 * to its window (fewest days the window must widen by) on which an open visit of its family has
 * room for it or the month has room for a new visit; joining wins a tie, as it saves a visit.
 */
final class Suggestions {
    private Suggestions() {
    }

    static Unplaced refuse(PlanTarget t, Unplaced.Reason reason, UnitVisits unit) {
        MergeSettings settings = unit.settings();
        if (reason == Unplaced.Reason.CAPACITY) {
            return new Unplaced(t, reason, "team of " + t.teamSize() + " exceeds the cap of "
                    + settings.teamCapPerVisit() + " per visit: no day of the year can take it", null);
        }
        String detail = reason == Unplaced.Reason.CALENDAR
                ? "window " + t.windowStart() + ".." + t.windowEnd() + " holds fewer than " + t.onSiteDays()
                        + " consecutive visit day(s)"
                : capDetail(t, unit);
        return new Unplaced(t, reason, detail, suggest(t, unit));
    }

    private static String capDetail(PlanTarget t, UnitVisits unit) {
        VisitDays days = unit.days();
        int first = days.ceilIndex(t.windowStart());
        int last = days.floorIndex(t.windowEnd()) - (t.onSiteDays() - 1);
        TreeSet<String> months = new TreeSet<>();
        for (int m = days.month(first); m <= days.month(last); m++) {
            if (days.monthStart(m) >= 0) {
                months.add(days.day(days.monthStart(m)).toString().substring(0, 7));
            }
        }
        return "every month a visit could start in within its window " + t.windowStart() + ".." + t.windowEnd()
                + " " + months + " already has the cap of " + unit.settings().unitMonthlyCap() + " visit(s) to "
                + t.unitCode() + ", and no open " + unit.settings().familyOf(t.group())
                + " visit on a day of its window has room";
    }

    /** The nearest place it would fit, or null when no day of the year has one. */
    static Unplaced.Suggestion suggest(PlanTarget t, UnitVisits unit) {
        VisitDays days = unit.days();
        Visit bestVisit = null;
        int bestDay = -1;
        long bestDistance = Long.MAX_VALUE;
        for (Visit v : unit.visits()) {
            if (unit.canTake(v, t)) {
                int start = days.indexOf(v.date());
                long distance = distance(t, days, start);
                if (distance < bestDistance || (distance == bestDistance && start < bestDay)) {
                    bestVisit = v;
                    bestDay = start;
                    bestDistance = distance;
                }
            }
        }
        int lastStart = days.size() - t.onSiteDays();
        int first = days.ceilIndex(t.windowStart());
        int last = days.floorIndex(t.windowEnd()) - (t.onSiteDays() - 1);
        for (int m = days.size() == 0 ? 0 : days.month(0); lastStart >= 0 && m <= days.month(lastStart); m++) {
            if (!unit.hasRoom(m) || days.monthStart(m) < 0) {
                continue;
            }
            int from = days.monthStart(m);
            int to = Math.min(days.monthEnd(m), lastStart);
            for (int d = from; d <= to; d = next(d, from, to, first, last)) {
                long distance = distance(t, days, d);
                // Strictly nearer only: at the same distance joining an open visit saves a visit.
                if (distance < bestDistance || (distance == bestDistance && bestVisit == null && d < bestDay)) {
                    bestVisit = null;
                    bestDay = d;
                    bestDistance = distance;
                }
            }
        }
        if (bestDay < 0) {
            return null;
        }
        LocalDate date = days.day(bestDay);
        LocalDate end = days.day(bestDay + t.onSiteDays() - 1);
        String widened = "if its window reached " + min(t.windowStart(), date) + ".." + max(t.windowEnd(), end);
        if (bestVisit != null) {
            List<String> plans = bestVisit.members().stream().map(PlanTarget::planId).distinct().sorted().toList();
            return new Unplaced.Suggestion(date, bestVisit.key(), plans, "would fit on " + date + " joining the "
                    + bestVisit.family() + " visit " + bestVisit.key() + " (plans " + String.join(", ", plans) + ") "
                    + widened);
        }
        int month = days.month(bestDay);
        String monthName = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
        return new Unplaced.Suggestion(date, null, List.of(), "would fit on " + date + " as a new visit ("
                + monthName + " has " + unit.visitsIn(month) + " of " + unit.settings().unitMonthlyCap()
                + " visit(s) to " + t.unitCode() + ") " + widened);
    }

    /**
     * The next day worth trying after d in from..to. With start days first..last in the window, the
     * widening only grows away from them, so a month's nearest day is next to them or at its ends;
     * without any (a window too short) every day is tried.
     */
    private static int next(int d, int from, int to, int first, int last) {
        if (first > last) {
            return d + 1;
        }
        int[] worth = { first - 1, first, last, last + 1, to };
        int next = Integer.MAX_VALUE;
        for (int w : worth) {
            if (w > d && w >= from && w <= to) {
                next = Math.min(next, w);
            }
        }
        return next;
    }

    /** How many calendar days the window must widen by to hold on-site work starting on visit day d. */
    private static long distance(PlanTarget t, VisitDays days, int d) {
        return Math.max(0, t.windowStart().toEpochDay() - days.epochDay(d))
                + Math.max(0, days.epochDay(d + t.onSiteDays() - 1) - t.windowEnd().toEpochDay());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
