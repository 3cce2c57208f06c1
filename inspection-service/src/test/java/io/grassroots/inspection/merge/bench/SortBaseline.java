package io.grassroots.inspection.merge.bench;

import io.grassroots.inspection.merge.PlanTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline beside the merge engine's time: sorting the same plan-targets by unit, merge group and
 * window, the least any scheduler that groups a unit's inspections must do, on the same JVM and data.
 */
final class SortBaseline {
    private static final Comparator<PlanTarget> BY_UNIT_GROUP_WINDOW = Comparator.comparing(PlanTarget::unitCode)
            .thenComparing(PlanTarget::group)
            .thenComparing(PlanTarget::windowStart)
            .thenComparing(PlanTarget::windowEnd)
            .thenComparing(PlanTarget::planId);

    private SortBaseline() {
    }

    /** Milliseconds to sort a copy of {@code targets}, the best of three runs (the first warms up). */
    static long millis(List<PlanTarget> targets) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            List<PlanTarget> copy = new ArrayList<>(targets);
            long start = System.nanoTime();
            copy.sort(BY_UNIT_GROUP_WINDOW);
            best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            if (!copy.get(0).unitCode().equals(copy.stream().map(PlanTarget::unitCode).min(String::compareTo).get())) {
                throw new IllegalStateException("the baseline did not sort");
            }
        }
        return Math.max(best, 1);
    }
}
