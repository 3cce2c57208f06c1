package io.grassroots.deploy;

import static io.grassroots.deploy.BenchStack.percentile;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The console benchmark's table: per page its times beside its API baseline, and its weight. */
final class ConsoleTable {
    /** The targets on this machine. */
    static final double P95_TARGET_MS = 300;
    static final double FIRST_PAGE_TARGET_KB = 300;

    /** One page's figures. */
    record Row(ConsolePages.Page page, ConsoleBenchmark.Timed timed, PageWeight.Weight weight) {
        double p95() {
            return percentile(timed.page(), 95);
        }
    }

    private ConsoleTable() {
    }

    static Row row(ConsolePages.Page page, ConsoleBenchmark.Timed timed, PageWeight.Weight weight) {
        return new Row(page, timed, weight);
    }

    static void print(PrintStream out, List<Row> rows) {
        out.println();
        out.printf("%-22s %-20s %7s %7s %7s | %6s %6s %5s | %4s %7s %7s %7s %-9s %s%n", "who", "page", "p50", "p95",
                "p99", "api50", "api95", "x", "n", "raw KB", "gz KB", "sent KB", "sent enc", "chart");
        Set<String> htmlEncodings = new TreeSet<>();
        Set<String> assetEncodings = new TreeSet<>();
        for (Row r : rows) {
            double[] page = r.timed().page();
            double[] api = r.timed().api();
            PageWeight.Weight w = r.weight();
            boolean calls = !r.page().api().isEmpty();
            htmlEncodings.add(w.htmlEncoding());
            assetEncodings.addAll(w.assetEncodings());
            out.printf("%-22s %-20s %7.1f %7.1f %7.1f | %6s %6s %5s | %4d %7.1f %7.1f %7.1f %-9s %s%n", r.page().who(),
                    r.page().label(), percentile(page, 50), r.p95(), percentile(page, 99),
                    calls ? String.format("%.1f", percentile(api, 50)) : "-",
                    calls ? String.format("%.1f", percentile(api, 95)) : "-",
                    calls ? String.format("%.1f", percentile(page, 50) / percentile(api, 50)) : "-",
                    w.assets().size() + 1, w.raw() / 1024.0, w.gzip() / 1024.0, w.wire() / 1024.0,
                    w.htmlEncoding() + "/" + String.join("+", w.assetEncodings()),
                    (w.chartLoaded() ? "loaded" : "-") + (w.chartShown() ? " (shown)" : ""));
        }
        out.println();
        out.println("p50/p95/p99: the page through the gateway, ms; api50/api95: the page's API calls made in turn "
                + "(same gateway, same token), ms; x: page p50 / api p50");
        out.println("n: files (the HTML, its scripts and stylesheets, the modules they import); raw/gz: their sum "
                + "uncompressed and gzipped here; sent: as the server sent them when asked for gzip, HTML/assets");
        List<Row> slow = rows.stream().filter(r -> r.p95() > P95_TARGET_MS).toList();
        out.printf("pages over the %.0f ms p95 target: %s%n", P95_TARGET_MS, slow.isEmpty() ? "none (slowest "
                + slowest(rows) + ")" : String.join(", ", slow.stream().map(ConsoleTable::name).toList()));
        Row first = rows.get(0);
        Row heaviest = rows.stream().max((a, b) -> Long.compare(a.weight().gzip(), b.weight().gzip())).orElseThrow();
        out.printf("first page (%s): %.1f KB gzipped (target %.0f KB); heaviest: %s %.1f KB gzipped, %.1f KB as sent%n",
                first.page().label(), first.weight().gzip() / 1024.0, FIRST_PAGE_TARGET_KB, name(heaviest),
                heaviest.weight().gzip() / 1024.0, heaviest.weight().wire() / 1024.0);
        out.println("Content-Encoding the server sends when asked for gzip: HTML " + htmlEncodings + ", scripts and "
                + "stylesheets " + assetEncodings);
        Set<String> lazy = new TreeSet<>();
        rows.forEach(r -> lazy.addAll(r.weight().lazy()));
        if (!lazy.isEmpty()) {
            out.println("modules imported on demand (not counted above): " + lazy);
        }
        Set<String> assets = new TreeSet<>();
        Set<String> caching = new TreeSet<>();
        rows.forEach(r -> assets.addAll(r.weight().assets()));
        rows.forEach(r -> caching.addAll(r.weight().assetCaching()));
        out.println("Cache-Control of scripts and stylesheets: " + caching);
        out.println("files loaded by some page: " + assets);
    }

    private static String slowest(List<Row> rows) {
        Row r = rows.stream().max((a, b) -> Double.compare(a.p95(), b.p95())).orElseThrow();
        return name(r) + " " + String.format("%.1f ms", r.p95());
    }

    private static String name(Row r) {
        return r.page().who() + " " + r.page().label();
    }
}
