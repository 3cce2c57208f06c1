package io.grassroots.inspection.merge.bench;

import io.grassroots.calendar.OfficialCalendarData;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.VisitDays;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A SHA-256 of everything {@link MergeEngine#schedule} returns on the benchmark's workloads (every visit,
 * itinerary, refusal with its suggestion, not-merged explanation and the summary, each as its record's text),
 * so that a faster engine can be shown to return exactly what the one before it returned. Usage: the
 * registry's path, then the sizes (default 10000 100000 1000000); run with the classpath tools/bench-merge builds.
 */
public final class ResultDigest {
    private ResultDigest() {
    }

    public static void main(String[] args) throws Exception {
        Path registry = Path.of(args.length > 0 ? args[0] : "../shared/data/china-division");
        NationalWorkload workload = new NationalWorkload(registry);
        WorkingCalendar calendar = OfficialCalendarData.shipped();
        VisitDays days = VisitDays.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), calendar::isVisitDay);
        int[] sizes = args.length > 1 ? new int[args.length - 1] : new int[] { 10_000, 100_000, 1_000_000 };
        for (int i = 1; i < args.length; i++) {
            sizes[i - 1] = Integer.parseInt(args[i]);
        }
        for (int size : sizes) {
            List<PlanTarget> targets = workload.generate(size, 2026);
            for (boolean capped : new boolean[] { true, false }) {
                MergeSettings settings = capped ? MergeSettings.DEFAULTS
                        : new MergeSettings(1_000_000, 1_000_000, 1_000_000, Map.of(), 5);
                MergeResult result = new MergeEngine(settings, days).schedule(targets, List.of());
                System.out.printf(Locale.ROOT, "%-10d %-9s %s%n", size, capped ? "default" : "none", digest(result));
            }
        }
    }

    /** The digest of the result's parts in their order; records print every component. */
    static String digest(MergeResult result) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (List<?> part : List.of(result.visits(), result.itineraries(), result.unplaced(), result.notMerged())) {
            sha.update(("#" + part.size() + "\n").getBytes(StandardCharsets.UTF_8));
            for (Object o : part) {
                sha.update(o.toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
        }
        sha.update(result.summary().toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
