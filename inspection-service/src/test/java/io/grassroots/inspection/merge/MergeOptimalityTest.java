package io.grassroots.inspection.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The engine's schedules against exhaustive search under a binding monthly cap: no schedule places
 * more plan-targets, none places as many with fewer visits, none has a lower busiest month; the
 * bound on what can be placed is never below the optimum. Without caps: the interval-stabbing optimum.
 */
class MergeOptimalityTest {

    /** A random small instance: several units, groups and families, a cap of 1–3, sometimes frozen visits. */
    record Instance(MergeSettings settings, Predicate<LocalDate> visitDay, List<PlanTarget> targets,
            List<Visit> frozen) {
    }

    static Instance instance(Random random) {
        MergeSettings settings = new MergeSettings(4 + random.nextInt(7), 1 + random.nextInt(4),
                random.nextInt(6) == 0 ? 3 : 1 + random.nextInt(2), Map.of(), 5);
        if (random.nextBoolean()) {
            settings = settings.withCompatible("G0", "G1");
        }
        Predicate<LocalDate> visitDay = RandomInstances.visitDay(random, random.nextBoolean());
        int units = 1 + random.nextInt(3);
        List<PlanTarget> targets = RandomInstances.targets(random, units * (1 + random.nextInt(8)), units,
                1 + random.nextInt(3), 1 + random.nextInt(4), 80, 2, 5, "p");
        List<Visit> frozen = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            frozen = frozenVisits(random, new Referee(visitDay, settings), targets);
        }
        return new Instance(settings, visitDay, targets, frozen);
    }

    /** Confirmed visits of other plans on random days near the plan-targets, within the monthly cap. */
    static List<Visit> frozenVisits(Random random, Referee referee, List<PlanTarget> targets) {
        List<Visit> frozen = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            PlanTarget near = targets.get(random.nextInt(targets.size()));
            int day = referee.indexOf(near.windowStart());
            day = day >= 0 ? day : Math.max(0, referee.days.size() / 2 + random.nextInt(20));
            day = Math.min(referee.days.size() - 1, Math.max(0, day + random.nextInt(21) - 10));
            LocalDate date = referee.days.get(day);
            String month = Referee.unitMonth(near.unitCode(), date);
            if (counts.getOrDefault(month, 0) >= referee.settings.unitMonthlyCap()
                    || frozen.stream().anyMatch(v -> v.unitCode().equals(near.unitCode()) && v.date().equals(date))) {
                continue;
            }
            counts.merge(month, 1, Integer::sum);
            String group = "G" + random.nextInt(3);
            PlanTarget member = new PlanTarget("f" + i, near.unitCode(), near.countyCode(), group, "d9", 1, date, date,
                    1, 2, List.of());
            frozen.add(new Visit(near.unitCode(), near.countyCode(), referee.family(member), List.of(date),
                    List.of(member), "d9", List.of(new Visit.TeamMember("d9", 2)), List.of(), true));
        }
        return frozen;
    }

    /** Runs 600 instances; -Drounds=5000 -Dseed=2 and so on try more. */
    @Test
    void exhaustiveSearchUnderABindingMonthlyCapFindsNoScheduleThatPlacesMoreOrAsManyWithFewerVisits() {
        Random random = new Random(Long.getLong("seed", 20261130));
        int refusedByOptimum = 0;
        int merged = 0;
        int withFrozen = 0;
        for (int round = 0; round < Integer.getInteger("rounds", 600); round++) {
            Instance x = instance(random);
            VisitDays days = VisitDays.between(RandomInstances.YEAR_START, RandomInstances.YEAR_END, x.visitDay());
            MergeResult result = new MergeEngine(x.settings(), days).schedule(x.targets(), x.frozen());
            Referee referee = new Referee(x.visitDay(), x.settings());
            String where = "instance " + round + " " + x;
            referee.check(all(x), x.frozen(), result, where);

            int optimumPlaced = 0;
            for (Map.Entry<String, List<PlanTarget>> unit : byUnit(x.targets()).entrySet()) {
                Map<YearMonth, Integer> frozenMonths = new HashMap<>();
                x.frozen().stream().filter(v -> v.unitCode().equals(unit.getKey()))
                        .forEach(v -> frozenMonths.merge(YearMonth.from(v.date()), 1, Integer::sum));
                BruteForce.Best best = BruteForce.of(unit.getValue(), frozenMonths, referee);
                List<Visit> own = result.visits().stream()
                        .filter(v -> v.unitCode().equals(unit.getKey()) && !v.frozen()).toList();
                int placed = own.stream().mapToInt(v -> v.members().size()).sum();
                String got = " " + unit.getValue() + " got " + own;
                assertEquals(best.placed(), placed, where + ": most placed at " + unit.getKey() + got);
                assertEquals(best.visits(), own.size(), where + ": then fewest visits at " + unit.getKey() + got);
                int busiest = Referee.perUnitMonth(result.visits().stream()
                        .filter(v -> v.unitCode().equals(unit.getKey())).toList()).values().stream()
                        .mapToInt(Integer::intValue).max().orElse(0);
                assertEquals(best.busiest(), busiest,
                        where + ": then the lowest busiest month at " + unit.getKey() + got);
                optimumPlaced += best.placed();
                refusedByOptimum += (int) unit.getValue().stream().filter(t -> !referee.startDays(t).isEmpty()
                        && t.teamSize() <= x.settings().teamCapPerVisit()).count() - best.placed();
                merged += placed - own.size();
            }
            int frozenMembers = x.frozen().stream().mapToInt(v -> v.members().size()).sum();
            assertTrue(result.summary().placeableUpperBound() >= optimumPlaced + frozenMembers,
                    where + ": the bound is never below the optimum");
            withFrozen += x.frozen().isEmpty() ? 0 : 1;
        }
        System.out.printf("exhaustive search: %d plan-targets refused by the optimum itself, %d merged, %d instances "
                + "with frozen visits%n", refusedByOptimum, merged, withFrozen);
        assertTrue(refusedByOptimum > 200, "the cap binds: " + refusedByOptimum + " refused by the optimum itself");
        assertTrue(merged > 300, "the instances exercise merging (" + merged + " plan-targets merged)");
        assertTrue(withFrozen > 100, withFrozen + " instances with frozen visits");
    }

    static List<PlanTarget> all(Instance x) {
        List<PlanTarget> all = new ArrayList<>(x.targets());
        x.frozen().forEach(v -> all.addAll(v.members()));
        return all;
    }

    static Map<String, List<PlanTarget>> byUnit(List<PlanTarget> targets) {
        Map<String, List<PlanTarget>> byUnit = new TreeMap<>();
        targets.forEach(t -> byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>()).add(t));
        return byUnit;
    }

    @Test
    void withoutCapsTheVisitCountIsTheIntervalStabbingOptimum() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(80);
            MergeSettings unlimited = MergeSettings.DEFAULTS.withCaps(10_000, 10_000).withMonthlyCap(1000);
            Predicate<LocalDate> visitDay = RandomInstances.visitDay(random, true);
            VisitDays days = VisitDays.between(RandomInstances.YEAR_START, RandomInstances.YEAR_END, visitDay);
            List<PlanTarget> targets = RandomInstances.targets(random, n, 1, 1, 6, 120, 3);
            MergeResult result = new MergeEngine(unlimited, days).schedule(targets, List.of());

            int optimum = maxDisjointWindows(targets, new Referee(visitDay, unlimited));
            assertEquals(optimum, result.visits().size(), "instance " + round);
            assertEquals(optimum, result.summary().lowerBound());
            assertEquals(1.0, result.summary().ratio());
            assertEquals(result.summary().planTargets() - result.summary().unplaced(),
                    result.summary().placeableUpperBound(), "without caps everything placeable is placed");
        }
    }

    /**
     * The most pairwise disjoint windows, by dynamic programming over windows sorted by end: by the
     * interval duality theorem this is the fewest days that stab every window.
     */
    private static int maxDisjointWindows(List<PlanTarget> targets, Referee referee) {
        List<int[]> windows = new ArrayList<>();
        for (PlanTarget t : targets) {
            List<Integer> starts = referee.startDays(t);
            if (!starts.isEmpty()) {
                windows.add(new int[] { starts.get(0), starts.get(starts.size() - 1) });
            }
        }
        windows.sort(Comparator.comparingInt((int[] w) -> w[1]));
        int[] chain = new int[windows.size()];
        int best = 0;
        for (int i = 0; i < windows.size(); i++) {
            chain[i] = 1;
            for (int j = 0; j < i; j++) {
                if (windows.get(j)[1] < windows.get(i)[0]) {
                    chain[i] = Math.max(chain[i], chain[j] + 1);
                }
            }
            best = Math.max(best, chain[i]);
        }
        return best;
    }
}
