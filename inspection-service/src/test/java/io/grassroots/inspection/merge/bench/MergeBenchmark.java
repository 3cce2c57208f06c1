package io.grassroots.inspection.merge.bench;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.VisitDays;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Prints the merge engine's figures on generated years over the national registry: for 10^4, 10^5
 * and 10^6 plan-targets, with the default caps and without caps, the time, the peak heap, the
 * visits, the lower bound, their ratio and the visits a no-merge schedule would need; beside the time,
 * the baseline of sorting the same plan-targets ({@link SortBaseline}) and the engine's time as a multiple of it.
 * Run it with tools/bench-merge.
 */
public final class MergeBenchmark {
    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path registry = Path.of(args.length > 0 ? args[0] : "../shared/data/china-division");
        NationalWorkload workload = new NationalWorkload(registry);
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        VisitDays days = VisitDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), calendar::isVisitDay);
        System.out.printf(Locale.ROOT, "registry: %d townships, %d villages; max heap %d MB; %d cores%n",
                workload.townships(), workload.villages(), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-10s %-9s %9s %8s %8s %10s %9s %9s %11s %7s %9s %8s %9s %11s%n", "targets",
                "caps", "time ms", "sort ms", "x sort", "peak MB", "visits", "bound", "ratio", "busiest", "no-merge",
                "unplaced", "placed",
                "place-bound");

        // A warm-up run so that the figures are of compiled code, not of the interpreter.
        new MergeEngine(MergeSettings.DEFAULTS, days).schedule(workload.generate(20_000, 1), List.of());

        for (int size : new int[] { 10_000, 100_000, 1_000_000 }) {
            List<PlanTarget> targets = workload.generate(size, 2026);
            long sortMillis = SortBaseline.millis(targets);
            for (boolean capped : new boolean[] { true, false }) {
                MergeSettings settings = capped ? MergeSettings.DEFAULTS
                        : new MergeSettings(1_000_000, 1_000_000, 1_000_000, java.util.Map.of(), 5);
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                MergeResult result = new MergeEngine(settings, days).schedule(targets, List.of());
                long millis = (System.nanoTime() - start) / 1_000_000;
                MergeResult.Summary s = result.summary();
                System.out.printf(Locale.ROOT, "%-10d %-9s %9d %8d %8.1f %10d %9d %9d %11.4f %7d %9d %8d %9d %11d%n",
                        s.planTargets(), capped ? "default" : "none", millis, sortMillis,
                        (double) millis / sortMillis, peakHeapMb(), s.visits(), s.lowerBound(),
                        s.ratio(), s.busiestUnitMonth(), s.noMergeVisits(), s.unplaced(),
                        s.planTargets() - s.unplaced(),
                        s.placeableUpperBound());
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
