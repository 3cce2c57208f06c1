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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints the merge engine's figures on generated years over the national registry: for 10^4, 10^5
 * and 10^6 plan-targets, with the default caps and without caps, the time, the peak heap, the
 * visits, the lower bound, their ratio and the visits a no-merge schedule would need; beside the time,
 * the baseline of sorting the same plan-targets ({@link SortBaseline}) and the engine's time as a multiple of it.
 * The engine is timed warm, as the service runs it (it warms its engine after start): the first run in
 * the JVM (cold) is printed apart. Run it with tools/bench-merge.
 */
public final class MergeBenchmark {
    /** Runs per figure: one run moves with the machine's minute, the median of three less. */
    private static final int RUNS = 3;
    /** No cap on people, departments or visits per month. */
    private static final MergeSettings UNCAPPED = new MergeSettings(1_000_000, 1_000_000, 1_000_000,
            java.util.Map.of(), 5);

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
        warmUp(workload, days, Integer.getInteger("bench.warmup.rounds", 8));
        System.out.printf(Locale.ROOT, "%-10s %-9s %9s %8s %8s %8s %10s %9s %9s %11s %7s %9s %8s %9s %11s%n",
                "targets", "caps", "time ms", "jit ms", "sort ms", "x sort", "peak MB", "visits", "bound", "ratio",
                "busiest", "no-merge", "unplaced", "placed", "place-bound");
        for (int size : new int[] { 10_000, 100_000, 1_000_000 }) {
            List<PlanTarget> targets = workload.generate(size, 2026);
            long sortMillis = SortBaseline.millis(targets);
            for (boolean capped : new boolean[] { true, false }) {
                MergeSettings settings = capped ? MergeSettings.DEFAULTS : UNCAPPED;
                long[] millis = new long[RUNS];
                long jit = compileMillis();
                long peak = 0;
                MergeResult result = null;
                for (int run = 0; run < RUNS; run++) {
                    System.gc();
                    resetPeaks();
                    long start = System.nanoTime();
                    result = new MergeEngine(settings, days).schedule(targets, List.of());
                    millis[run] = (System.nanoTime() - start) / 1_000_000;
                    peak = Math.max(peak, peakHeapMb());
                }
                jit = compileMillis() - jit;
                Arrays.sort(millis);
                long median = millis[RUNS / 2];
                MergeResult.Summary s = result.summary();
                System.out.printf(Locale.ROOT,
                        "%-10d %-9s %9d %8d %8d %8.1f %10d %9d %9d %11.4f %7d %9d %8d %9d %11d%n",
                        s.planTargets(), capped ? "default" : "none", median, jit, sortMillis,
                        (double) median / sortMillis, peak, s.visits(), s.lowerBound(), s.ratio(),
                        s.busiestUnitMonth(), s.noMergeVisits(), s.unplaced(), s.planTargets() - s.unplaced(),
                        s.placeableUpperBound());
            }
        }
    }

    /**
     * Schedules a year of 10^6 plan-targets (another seed than the measured ones), both settings, until
     * the JIT compiler took under a tenth of a round's time (at least 2 rounds, at most {@code most}):
     * on two cores its compiler threads otherwise share the cores with the engine for many runs. The
     * first round is the engine cold, as in a JVM's first run.
     */
    private static void warmUp(NationalWorkload workload, VisitDays days, int most) {
        List<PlanTarget> year = workload.generate(1_000_000, 1);
        for (int round = 1; round <= most; round++) {
            long jit = compileMillis();
            long start = System.nanoTime();
            new MergeEngine(MergeSettings.DEFAULTS, days).schedule(year, List.of());
            long defaultMillis = (System.nanoTime() - start) / 1_000_000;
            new MergeEngine(UNCAPPED, days).schedule(year, List.of());
            long millis = (System.nanoTime() - start) / 1_000_000;
            jit = compileMillis() - jit;
            System.out.printf(Locale.ROOT,
                    "warm-up round %d: 10^6 default and none %d ms (default %d ms), jit %d ms%s%n",
                    round, millis, defaultMillis, jit, round == 1 ? " (cold: the JVM's first runs)" : "");
            if (round >= 2 && jit * 10 < millis) {
                return;
            }
        }
    }

    /** The JIT compiler's time so far, summed over its threads. */
    private static long compileMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
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
