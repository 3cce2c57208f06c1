package io.grassroots.inspection.merge.bench;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.SyntheticYear;
import io.grassroots.inspection.merge.VisitDays;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much a warm-up on a made-up year (SyntheticYear) spares a JVM's first real run: the national
 * workload's plan-targets scheduled county by county on every core, after args[1] rounds of args[2]
 * made-up plan-targets (0 rounds: cold), then again warm.
 */
public final class WarmUpProbe {
    private WarmUpProbe() {
    }

    public static void main(String[] args) throws Exception {
        NationalWorkload workload = new NationalWorkload(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        VisitDays days = VisitDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), calendar::isVisitDay);
        Map<String, List<PlanTarget>> byCounty = new TreeMap<>();
        workload.generate(40_000, 2026).forEach(t -> byCounty.computeIfAbsent(t.countyCode(), c -> new ArrayList<>())
                .add(t));
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            SyntheticYear.exercise(SyntheticYear.byCounty(size, 2026, r), MergeSettings.DEFAULTS, days);
            System.out.printf(Locale.ROOT, "warm-up round %d: %.2f s%n", r, (System.nanoTime() - t0) / 1e9);
        }
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            int visits = byCounty.values().parallelStream()
                    .mapToInt(c -> new MergeEngine(MergeSettings.DEFAULTS, days).schedule(c, List.of()).visits().size())
                    .sum();
            System.out.printf(Locale.ROOT, "real 40000 run %d: %.2f s (%d visits)%n", i, (System.nanoTime() - t0) / 1e9,
                    visits);
        }
    }
}
