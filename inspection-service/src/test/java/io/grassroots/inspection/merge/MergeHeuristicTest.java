package io.grassroots.inspection.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The heuristic that large runs get, judged on its own (exact search off) against exhaustive
 * search: every rule and refusal still holds, it is rarely beaten, and the flow bound it reports
 * is never below the optimum.
 */
class MergeHeuristicTest {

    @Test
    void theHeuristicAloneKeepsTheRulesIsRarelyBeatenAndItsFlowBoundHolds() {
        Random random = new Random(20261201);
        int units = 0;
        int optimal = 0;
        int placedByHeuristic = 0;
        int placedByOptimum = 0;
        int boundAboveOptimum = 0;
        for (int round = 0; round < 600; round++) {
            MergeOptimalityTest.Instance x = MergeOptimalityTest.instance(random);
            VisitDays days = VisitDays.between(RandomInstances.YEAR_START, RandomInstances.YEAR_END, x.visitDay());
            MergeResult result = new MergeEngine(x.settings(), days, false).schedule(x.targets(), x.frozen());
            Referee referee = new Referee(x.visitDay(), x.settings());
            String where = "instance " + round + " " + x;
            referee.check(MergeOptimalityTest.all(x), x.frozen(), result, where);

            int optimumPlaced = 0;
            for (Map.Entry<String, List<PlanTarget>> unit : MergeOptimalityTest.byUnit(x.targets()).entrySet()) {
                Map<YearMonth, Integer> frozenMonths = new HashMap<>();
                x.frozen().stream().filter(v -> v.unitCode().equals(unit.getKey()))
                        .forEach(v -> frozenMonths.merge(YearMonth.from(v.date()), 1, Integer::sum));
                BruteForce.Best best = BruteForce.of(unit.getValue(), frozenMonths, referee);
                List<Visit> own = result.visits().stream()
                        .filter(v -> v.unitCode().equals(unit.getKey()) && !v.frozen()).toList();
                int placed = own.stream().mapToInt(v -> v.members().size()).sum();
                assertTrue(placed <= best.placed(), where + ": nothing beats the optimum");
                units++;
                optimal += placed == best.placed() && own.size() == best.visits() ? 1 : 0;
                placedByHeuristic += placed;
                placedByOptimum += best.placed();
                optimumPlaced += best.placed();
            }
            int frozenMembers = x.frozen().stream().mapToInt(v -> v.members().size()).sum();
            assertTrue(result.summary().placeableUpperBound() >= optimumPlaced + frozenMembers,
                    where + ": the flow bound is never below the optimum");
            boundAboveOptimum += result.summary().placeableUpperBound() - optimumPlaced - frozenMembers;
        }
        System.out.printf("heuristic alone: optimal on %d of %d units, placed %d of the optimum's %d; flow bound "
                + "%d above the optimum in all%n", optimal, units, placedByHeuristic, placedByOptimum,
                boundAboveOptimum);
        assertTrue(optimal >= units * 0.95, "optimal on " + optimal + " of " + units + " units");
        assertTrue(placedByHeuristic >= placedByOptimum * 0.99, placedByHeuristic + " of " + placedByOptimum);
    }
}
