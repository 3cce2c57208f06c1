package io.grassroots.inspection.merge;

import static io.grassroots.inspection.merge.MergeCases.DAYS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A year of many units, scheduled on several threads, is the schedule each unit gets on its own. */
class MergeEngineParallelTest {
    private final MergeEngine engine = new MergeEngine(MergeSettings.DEFAULTS.withMonthlyCap(1), DAYS);

    @Test
    void manyUnitsAtOnceGetWhatEachUnitGetsAlone() {
        List<PlanTarget> targets = RandomInstances.targets(new Random(11), 6_000, 500, 3, 6, 120, 2);
        Map<String, List<PlanTarget>> byUnit = new TreeMap<>();
        targets.forEach(t -> byUnit.computeIfAbsent(t.unitCode(), u -> new ArrayList<>()).add(t));
        assertTrue(byUnit.size() > 400, "the instance spans hundreds of units: " + byUnit.size());

        MergeResult all = engine.schedule(targets, List.of());

        List<Visit> alone = new ArrayList<>();
        int unplaced = 0;
        int lowerBound = 0;
        for (List<PlanTarget> unit : byUnit.values()) {
            MergeResult one = engine.schedule(unit, List.of());
            alone.addAll(one.visits());
            unplaced += one.unplaced().size();
            lowerBound += one.summary().lowerBound();
        }
        assertEquals(alone, all.visits());
        assertEquals(unplaced, all.unplaced().size());
        assertEquals(lowerBound, all.summary().lowerBound());
        assertTrue(unplaced > 0 && !alone.isEmpty(), "the monthly cap of one leaves some plan-targets unplaced");
    }
}
