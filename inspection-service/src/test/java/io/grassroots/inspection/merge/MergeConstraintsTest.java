package io.grassroots.inspection.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On thousands of random instances every constraint holds and every plan-target is accounted for. */
class MergeConstraintsTest {

    @Test
    void everyConstraintHoldsAndEveryPlanTargetIsPlacedOnceOrExplained() {
        Random random = new Random(45);
        int checkedVisits = 0;
        for (int round = 0; round < 2000; round++) {
            MergeSettings settings = new MergeSettings(5 + random.nextInt(8), 1 + random.nextInt(5),
                    1 + random.nextInt(3), Map.of(), 5);
            if (random.nextBoolean()) {
                settings = settings.withCompatible("G0", "G1");
            }
            VisitDays days = RandomInstances.days(random, random.nextBoolean());
            List<PlanTarget> all = RandomInstances.targets(random, 1 + random.nextInt(40), 1 + random.nextInt(4),
                    1 + random.nextInt(3), 1 + random.nextInt(6), 60, 3);
            // Schedule a first part, freeze some of its visits, then schedule the rest around them.
            int split = random.nextInt(all.size() + 1);
            MergeEngine engine = new MergeEngine(settings, days);
            MergeResult first = engine.schedule(all.subList(0, split), List.of());
            List<Visit> frozen = new ArrayList<>();
            for (Visit v : first.visits()) {
                if (random.nextInt(3) == 0) {
                    frozen.add(freeze(v));
                }
            }
            Set<String> frozenKeys = new HashSet<>();
            frozen.forEach(v -> v.members().forEach(t -> frozenKeys.add(t.key())));
            List<PlanTarget> rest = all.stream().filter(t -> !frozenKeys.contains(t.key())).toList();
            MergeResult result = engine.schedule(rest, frozen);

            check(all, frozen, result, settings, days, "round " + round);
            checkedVisits += result.visits().size();
        }
        assertTrue(checkedVisits > 10_000, "checked " + checkedVisits + " visits");
    }

    private static Visit freeze(Visit v) {
        return new Visit(v.unitCode(), v.countyCode(), v.family(), v.days(), v.members(), v.leadDepartment(),
                v.team(), v.materials(), true);
    }

    static void check(List<PlanTarget> all, List<Visit> frozen, MergeResult result, MergeSettings settings,
            VisitDays days, String where) {
        Map<String, Integer> seen = new HashMap<>();
        for (Visit v : result.visits()) {
            v.members().forEach(t -> seen.merge(t.key(), 1, Integer::sum));
        }
        for (Unplaced u : result.unplaced()) {
            seen.merge(u.target().key(), 1, Integer::sum);
            assertFalse(u.detail().isBlank(), where + ": an unplaced plan-target says why");
        }
        for (PlanTarget t : all) {
            assertEquals(1, seen.getOrDefault(t.key(), 0), where + ": " + t.key() + " is in exactly one visit or "
                    + "reported unplaceable");
        }
        assertEquals(all.size(), seen.size(), where + ": nothing invented");
        for (Visit f : frozen) {
            assertTrue(result.visits().contains(f), where + ": a frozen visit stays exactly as it was");
        }
        Map<String, Integer> perUnitMonth = new HashMap<>();
        Map<String, List<Visit>> perUnit = new HashMap<>();
        for (Visit v : result.visits()) {
            int start = days.indexOf(v.date());
            assertTrue(start >= 0, where + ": a visit starts on a visit day");
            for (int i = 0; i < v.days().size(); i++) {
                assertEquals(days.day(start + i), v.days().get(i), where + ": consecutive visit days");
            }
            Set<String> families = new HashSet<>();
            for (PlanTarget t : v.members()) {
                assertEquals(v.unitCode(), t.unitCode(), where + ": one unit per visit");
                families.add(settings.familyOf(t.group()));
                LocalDate lastOwnDay = v.days().get(t.onSiteDays() - 1);
                assertFalse(v.date().isBefore(t.windowStart()), where + ": visit starts inside the window");
                assertFalse(lastOwnDay.isAfter(t.windowEnd()), where + ": on-site days end inside the window");
            }
            assertEquals(1, families.size(), where + ": one merge family per visit");
            if (!v.frozen()) {
                assertTrue(v.teamSize() <= settings.teamCapPerVisit(), where + ": team cap");
                assertTrue(v.team().size() <= settings.departmentsPerVisit(), where + ": department cap");
            }
            assertEquals(new TeamLoad(v.members()).total(), v.teamSize(), where + ": team is per-department max");
            perUnitMonth.merge(v.unitCode() + "|" + v.date().getMonthValue(), 1, Integer::sum);
            perUnit.computeIfAbsent(v.unitCode(), u -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, Integer> e : perUnitMonth.entrySet()) {
            assertTrue(e.getValue() <= settings.unitMonthlyCap() || frozenOnly(e.getKey(), frozen),
                    where + ": monthly cap at " + e.getKey() + " = " + e.getValue());
        }
        assertTrue(result.summary().lowerBound() <= result.visits().size(), where + ": bound below the schedule");
        assertEquals(result.visits().size(), result.itineraries().stream().mapToInt(i -> i.visits().size()).sum(),
                where + ": every visit is on exactly one route");
    }

    private static boolean frozenOnly(String unitMonth, List<Visit> frozen) {
        return frozen.stream().anyMatch(v -> (v.unitCode() + "|" + v.date().getMonthValue()).equals(unitMonth));
    }
}
