package io.grassroots.inspection.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Judges schedules from the rules alone: visit days, months, teams and families are recomputed from
 * the dates and plan-targets here, with none of the engine's helpers.
 */
final class Referee {
    final List<LocalDate> days = new ArrayList<>();
    private final Map<LocalDate, Integer> index = new HashMap<>();
    final MergeSettings settings;

    Referee(Predicate<LocalDate> visitDay, MergeSettings settings) {
        for (LocalDate d = RandomInstances.YEAR_START; !d.isAfter(RandomInstances.YEAR_END); d = d.plusDays(1)) {
            if (visitDay.test(d)) {
                index.put(d, days.size());
                days.add(d);
            }
        }
        this.settings = settings;
    }

    String family(PlanTarget t) {
        return settings.groupFamilies().getOrDefault(t.group(), t.group());
    }

    int indexOf(LocalDate d) {
        return index.getOrDefault(d, -1);
    }

    /** The visit days its work may start on: all its on-site days are visit days inside its window. */
    List<Integer> startDays(PlanTarget t) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + t.onSiteDays() - 1 < days.size(); i++) {
            if (!days.get(i).isBefore(t.windowStart()) && !days.get(i + t.onSiteDays() - 1).isAfter(t.windowEnd())) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** Each department sends one team, as large as its largest; the visit's team is their sum. */
    static int team(Collection<PlanTarget> members) {
        Map<String, Integer> byDepartment = new HashMap<>();
        members.forEach(t -> byDepartment.merge(t.departmentId(), t.teamSize(), Math::max));
        return byDepartment.values().stream().mapToInt(Integer::intValue).sum();
    }

    static int departments(Collection<PlanTarget> members) {
        return (int) members.stream().map(PlanTarget::departmentId).distinct().count();
    }

    boolean fits(Collection<PlanTarget> members) {
        return team(members) <= settings.teamCapPerVisit() && departments(members) <= settings.departmentsPerVisit();
    }

    boolean fitsWith(Visit v, PlanTarget t) {
        List<PlanTarget> more = new ArrayList<>(v.members());
        more.add(t);
        return fits(more);
    }

    static String unitMonth(String unit, LocalDate d) {
        return unit + "|" + YearMonth.from(d);
    }

    /** Visits per unit and month, frozen ones included. */
    static Map<String, Integer> perUnitMonth(List<Visit> visits) {
        Map<String, Integer> counts = new HashMap<>();
        visits.forEach(v -> counts.merge(unitMonth(v.unitCode(), v.date()), 1, Integer::sum));
        return counts;
    }

    /** Every rule, every plan-target accounted for once, every refusal justified, every suggestion real. */
    void check(List<PlanTarget> all, List<Visit> frozen, MergeResult result, String where) {
        Map<String, Integer> seen = new HashMap<>();
        result.visits().forEach(v -> v.members().forEach(t -> seen.merge(t.key(), 1, Integer::sum)));
        result.unplaced().forEach(u -> seen.merge(u.target().key(), 1, Integer::sum));
        for (PlanTarget t : all) {
            assertEquals(1, seen.getOrDefault(t.key(), 0), where + ": " + t.key() + " placed once or refused");
        }
        assertEquals(all.size(), seen.size(), where + ": nothing invented");
        for (Visit f : frozen) {
            assertTrue(result.visits().contains(f), where + ": a frozen visit stays exactly as it was");
        }
        Map<String, Integer> frozenCounts = perUnitMonth(frozen);
        Map<String, Integer> counts = perUnitMonth(result.visits());
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int allowed = Math.max(settings.unitMonthlyCap(), frozenCounts.getOrDefault(e.getKey(), 0));
            assertTrue(e.getValue() <= allowed, where + ": monthly cap at " + e.getKey() + " = " + e.getValue());
        }
        for (Visit v : result.visits()) {
            checkVisit(v, where);
        }
        for (Unplaced u : result.unplaced()) {
            checkRefusal(u, result.visits(), counts, where + ": " + u.target().key());
        }
        int placed = all.size() - result.unplaced().size();
        assertTrue(result.summary().placeableUpperBound() >= placed, where + ": the bound is at least what was placed");
        assertTrue(result.summary().lowerBound() <= result.visits().size(), where + ": bound below the visits");
        assertEquals(all.size(), result.summary().planTargets(), where);
        assertEquals(result.unplaced().size(), result.summary().unplaced(), where);
        assertEquals(result.visits().size(), result.itineraries().stream().mapToInt(i -> i.visits().size()).sum(),
                where + ": every visit is on exactly one route");
    }

    private void checkVisit(Visit v, String where) {
        int start = indexOf(v.date());
        assertTrue(start >= 0, where + ": a visit starts on a visit day");
        int length = v.members().stream().mapToInt(PlanTarget::onSiteDays).max().orElseThrow();
        assertEquals(length, v.days().size(), where + ": as long as its longest work");
        for (int i = 0; i < length; i++) {
            assertEquals(days.get(start + i), v.days().get(i), where + ": consecutive visit days");
        }
        Set<String> families = new HashSet<>();
        for (PlanTarget t : v.members()) {
            assertEquals(v.unitCode(), t.unitCode(), where + ": one unit per visit");
            families.add(family(t));
            assertTrue(startDays(t).contains(start), where + ": " + t.key() + " works inside its window");
        }
        assertEquals(Set.of(v.family()), families, where + ": one merge family per visit");
        if (!v.frozen()) {
            assertTrue(fits(v.members()), where + ": team and department caps at " + v.key());
        }
        Map<String, Integer> teams = new HashMap<>();
        v.members().forEach(t -> teams.merge(t.departmentId(), t.teamSize(), Math::max));
        Map<String, Integer> stated = new HashMap<>();
        v.team().forEach(m -> stated.put(m.departmentId(), m.size()));
        assertEquals(teams, stated, where + ": each department sends its largest team");
    }

    /** A refusal holds when no visit can take it on a day of its window and no month there has room. */
    private void checkRefusal(Unplaced u, List<Visit> visits, Map<String, Integer> counts, String where) {
        PlanTarget t = u.target();
        assertFalse(u.detail().isBlank(), where + ": says why");
        List<Integer> starts = startDays(t);
        switch (u.reason()) {
            case CAPACITY -> assertTrue(t.teamSize() > settings.teamCapPerVisit(), where + ": team over the cap");
            case CALENDAR -> assertTrue(starts.isEmpty(), where + ": no start day in its window");
            case UNIT_MONTHLY_CAP -> {
                assertFalse(starts.isEmpty(), where + ": has start days");
                assertTrue(t.teamSize() <= settings.teamCapPerVisit(), where + ": fits alone");
                for (int d : starts) {
                    String month = unitMonth(t.unitCode(), days.get(d));
                    assertTrue(counts.getOrDefault(month, 0) >= settings.unitMonthlyCap(),
                            where + ": " + month + " had room for a new visit on " + days.get(d));
                    for (Visit v : visits) {
                        if (!v.frozen() && v.unitCode().equals(t.unitCode()) && v.family().equals(family(t))
                                && v.date().equals(days.get(d))) {
                            assertFalse(fitsWith(v, t), where + ": could have joined " + v.key());
                        }
                    }
                }
            }
            default -> throw new AssertionError(u.reason());
        }
        checkSuggestion(u, visits, counts, where);
    }

    /** The suggestion is a real place, and no real place is nearer to the window. */
    private void checkSuggestion(Unplaced u, List<Visit> visits, Map<String, Integer> counts, String where) {
        PlanTarget t = u.target();
        long nearest = Long.MAX_VALUE;
        for (Visit v : visits) {
            if (canJoin(v, t)) {
                nearest = Math.min(nearest, distance(t, indexOf(v.date())));
            }
        }
        for (int d = 0; d + t.onSiteDays() - 1 < days.size(); d++) {
            if (counts.getOrDefault(unitMonth(t.unitCode(), days.get(d)), 0) < settings.unitMonthlyCap()) {
                nearest = Math.min(nearest, distance(t, d));
            }
        }
        Unplaced.Suggestion s = u.suggestion();
        if (s == null) {
            assertTrue(u.reason() == Unplaced.Reason.CAPACITY || nearest == Long.MAX_VALUE,
                    where + ": a suggestion exists");
            return;
        }
        assertFalse(s.text().isBlank(), where);
        int d = indexOf(s.date());
        assertTrue(d >= 0 && d + t.onSiteDays() - 1 < days.size(), where + ": suggested on visit days");
        if (s.joins() != null) {
            Visit v = visits.stream().filter(x -> x.key().equals(s.joins()) && canJoin(x, t)).findFirst().orElse(null);
            assertNotNull(v, where + ": the suggested visit " + s.joins() + " exists and has room");
            assertEquals(v.date(), s.date(), where);
            assertEquals(v.members().stream().map(PlanTarget::planId).collect(Collectors.toSet()),
                    Set.copyOf(s.joinsPlans()), where + ": names the plans it joins");
        } else {
            assertTrue(counts.getOrDefault(unitMonth(t.unitCode(), s.date()), 0) < settings.unitMonthlyCap(),
                    where + ": the suggested month has room");
        }
        assertEquals(nearest, distance(t, d), where + ": the suggestion is the nearest place");
    }

    private boolean canJoin(Visit v, PlanTarget t) {
        int start = indexOf(v.date());
        return !v.frozen() && v.unitCode().equals(t.unitCode()) && v.family().equals(family(t)) && start >= 0
                && start + t.onSiteDays() - 1 < days.size() && fitsWith(v, t);
    }

    /** How many calendar days the window must widen by to hold the work starting on visit day d. */
    long distance(PlanTarget t, int d) {
        LocalDate end = days.get(d + t.onSiteDays() - 1);
        return Math.max(0, t.windowStart().toEpochDay() - days.get(d).toEpochDay())
                + Math.max(0, end.toEpochDay() - t.windowEnd().toEpochDay());
    }
}
