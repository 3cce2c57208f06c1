package io.grassroots.deploy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The scale-out test's figures as the Markdown tables it prints and writes to target/scale-out.md. */
final class ScaleOutFigures {
    private ScaleOutFigures() {
    }

    /**
     * faults: one row per fault ("| name | seconds |"); copies: extra copies on the topics by publishing
     * application; missing: acknowledged writes not in a read model once settledSeconds had passed.
     */
    static String table(FaultLoad load, List<String> faults, long lost, long twice, Map<String, Long> copies,
            long missing, double settledSeconds, ReadBack.Outcome readBack, double readBackSeconds,
            ReadModelReplay.Outcome replay, double replaySeconds, double startUpSeconds, double wallSeconds) {
        long copyCount = copies.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder();
        out.append("| fault (under load, one after the other) | seconds until every kind of write succeeded 3 times "
                + "again |\n|---|---|\n");
        faults.forEach(row -> out.append(row).append('\n'));
        out.append('\n').append("| figure | value |\n|---|---|\n");
        row(out, "writes acknowledged", load.acknowledgedTotal() + " (" + load.breakdown() + ")");
        row(out, "failed cleanly with a problem", load.failures().withProblemCell());
        row(out, "failed without one", String.valueOf(load.failures().withoutProblem()));
        List<String> cut = load.failures().cutOff();
        row(out, "cut off by the killed gateway (taken, never answered)", cut.isEmpty() ? "0" : cut.size() + " "
                + cut);
        row(out, "sent to the other gateway after a refused connection", String.valueOf(load.failovers()));
        row(out, "lost (acknowledged, not in the owning service's database)", String.valueOf(lost));
        row(out, "applied twice (a result's value twice in the shared dataset or the ledger)", String.valueOf(twice));
        row(out, "extra copies of an event on the topics", copyCount == 0 ? "0" : copyCount + " " + copies);
        row(out, "acknowledged writes missing from a read model", String.format(Locale.ROOT,
                "%d (%.1f s after the load stopped)", missing, settledSeconds));
        row(out, "acknowledged writes read back through the surviving gateway", String.format(Locale.ROOT,
                "%d, %d not as acknowledged (%.1f s)", readBack.read(), readBack.wrong().size(), readBackSeconds));
        row(out, "read models rebuilt from the topics", String.format(Locale.ROOT, "%d tables, %d rows compared, %d "
                + "differ (%.1f s)", replay.tables(), replay.rows(), replay.differences().size(), replaySeconds));
        row(out, "seconds to start the stack", String.format(Locale.ROOT, "%.1f", startUpSeconds));
        row(out, "seconds in all (before stopping)", String.format(Locale.ROOT, "%.1f", wallSeconds));
        return out.toString();
    }

    private static void row(StringBuilder out, String figure, String value) {
        out.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }
}
