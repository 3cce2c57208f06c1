package io.grassroots.inspection.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The engine's visit counts against independent optima: exhaustive search, and interval stabbing. */
class MergeOptimalityTest {

    @Test
    void exhaustiveSearchFindsNoScheduleWithFewerVisits() {
        Random random = new Random(20261121);
        int merged = 0;
        for (int round = 0; round < 400; round++) {
            int n = 1 + random.nextInt(10);
            MergeSettings settings = MergeSettings.DEFAULTS.withCaps(5 + random.nextInt(6), 2 + random.nextInt(5))
                    .withMonthlyCap(100);
            VisitDays days = RandomInstances.days(random, random.nextBoolean());
            List<PlanTarget> targets = RandomInstances.targets(random, n, 1, 1, 4, 30, 2);
            MergeResult result = new MergeEngine(settings, days).schedule(targets, List.of());

            int best = BruteForce.fewestVisits(targets, days, settings);
            assertEquals(best, result.visits().size(), "instance " + round + ": " + targets);
            assertTrue(result.summary().lowerBound() <= best, "the lower bound never exceeds the optimum");
            merged += n - result.visits().size() - result.unplaced().size();
        }
        assertTrue(merged > 100, "the instances exercise merging (" + merged + " plan-targets merged)");
    }

    @Test
    void withoutCapsTheVisitCountIsTheIntervalStabbingOptimum() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int n = 1 + random.nextInt(80);
            MergeSettings unlimited = MergeSettings.DEFAULTS.withCaps(10_000, 10_000).withMonthlyCap(1000);
            VisitDays days = RandomInstances.days(random, true);
            List<PlanTarget> targets = RandomInstances.targets(random, n, 1, 1, 6, 120, 3);
            MergeResult result = new MergeEngine(unlimited, days).schedule(targets, List.of());

            int optimum = maxDisjointWindows(targets, days);
            assertEquals(optimum, result.visits().size(), "instance " + round);
            assertEquals(optimum, result.summary().lowerBound());
            assertEquals(1.0, result.summary().ratio());
        }
    }

    /**
     * The most pairwise disjoint windows, by dynamic programming over windows sorted by end: by the
     * interval duality theorem this is the fewest days that stab every window.
     */
    private static int maxDisjointWindows(List<PlanTarget> targets, VisitDays days) {
        List<int[]> windows = new ArrayList<>();
        for (PlanTarget t : targets) {
            int first = days.ceilIndex(t.windowStart());
            int last = days.floorIndex(t.windowEnd()) - (t.onSiteDays() - 1);
            if (first <= last) {
                windows.add(new int[] { first, last });
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

    /** Tries every partition of the plan-targets into visits: the fewest visits any valid schedule has. */
    static final class BruteForce {
        private final List<int[]> windows = new ArrayList<>();
        private final List<PlanTarget> items = new ArrayList<>();
        private final MergeSettings settings;
        private int best;

        private BruteForce(MergeSettings settings) {
            this.settings = settings;
        }

        static int fewestVisits(List<PlanTarget> targets, VisitDays days, MergeSettings settings) {
            BruteForce search = new BruteForce(settings);
            for (PlanTarget t : targets) {
                int first = days.ceilIndex(t.windowStart());
                int last = days.floorIndex(t.windowEnd()) - (t.onSiteDays() - 1);
                if (first <= last && t.teamSize() <= settings.teamCapPerVisit()) {
                    search.items.add(t);
                    search.windows.add(new int[] { first, last });
                }
            }
            search.best = search.items.size();
            search.assign(0, new ArrayList<>());
            return search.best;
        }

        private void assign(int i, List<List<Integer>> blocks) {
            if (blocks.size() >= best) {
                return;
            }
            if (i == items.size()) {
                best = blocks.size();
                return;
            }
            for (int b = 0; b < blocks.size(); b++) {
                List<Integer> block = blocks.get(b);
                block.add(i);
                if (valid(block)) {
                    assign(i + 1, blocks);
                }
                block.remove(block.size() - 1);
            }
            List<Integer> fresh = new ArrayList<>(List.of(i));
            blocks.add(fresh);
            assign(i + 1, blocks);
            blocks.remove(blocks.size() - 1);
        }

        private boolean valid(List<Integer> block) {
            int first = Integer.MIN_VALUE;
            int last = Integer.MAX_VALUE;
            Map<String, Integer> teams = new HashMap<>();
            for (int i : block) {
                first = Math.max(first, windows.get(i)[0]);
                last = Math.min(last, windows.get(i)[1]);
                teams.merge(items.get(i).departmentId(), items.get(i).teamSize(), Math::max);
            }
            int team = teams.values().stream().mapToInt(Integer::intValue).sum();
            return first <= last && team <= settings.teamCapPerVisit() && teams.size() <= settings.departmentsPerVisit();
        }
    }
}
