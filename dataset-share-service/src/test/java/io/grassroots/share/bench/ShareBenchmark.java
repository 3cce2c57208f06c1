package io.grassroots.share.bench;

import io.grassroots.infra.BenchedService;
import io.grassroots.infra.Pgbench;
import io.grassroots.infra.ShippedRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads Guangxi's 16,681 villages × 30 indicators × 3 periods into a database of its own, starts the
 * packaged dataset-share-service against it (and a broker of its own), and measures repeat data
 * requests answered from shared data: fields per second and p50/p99 latency, direct to the service.
 * Run it with tools/bench-share.
 */
public final class ShareBenchmark {
    private static final String DB = ShareData.DB;
    private static final String[] PERIODS = ShareData.PERIODS;

    private ShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try (BenchedService bench = BenchedService.start(root, "dataset-share-service", "DATASET_SHARE_DB_URL", DB)) {
            int port = bench.port();
            List<String> villages = ShippedRegistry.villages(root);
            List<String> indicators = ShareData.load(bench.postgres(), villages);
            String token = bench.minter().mint("bench", "DEPARTMENT", "45-statistics", null, "45",
                    Duration.ofHours(2));
            System.out.printf(Locale.ROOT, "loaded %d villages x %d indicators x %d periods = %d values%n",
                    villages.size(), indicators.size(), PERIODS.length,
                    (long) villages.size() * indicators.size() * PERIODS.length);

            Random random = new Random(45);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            CpuMeter cpu = new CpuMeter(bench.process().pid());
            // A service runs for days: the figures are of its steady state, after the JIT compiler has
            // done its work on both request shapes (BENCH_WARMUP_SECONDS, 60 by default).
            Duration warmUp = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS",
                    "60")));
            // The baseline: PostgreSQL's own primary-key selects on the same server with the same clients, run
            // before and after the service's phases: on this shared machine the same run's speed drifts by a fifth
            // within minutes, and the ratio is taken against the mean of the two.
            Pgbench selects = Pgbench.initialise(bench.postgres(), "pgbench_select_baseline", 10);
            try {
                run(http, port, token, villages, indicators, random, 5, 10, 4, warmUp.dividedBy(2), "warm-up", cpu);
                run(http, port, token, villages, indicators, random, 1, 30, 4, warmUp.dividedBy(2), "warm-up", cpu);
                Pgbench.Result fourBefore = selects.run(Pgbench.Script.SELECT_ONLY, 4, 20);
                Pgbench.Result oneBefore = selects.run(Pgbench.Script.SELECT_ONLY, 1, 20);
                double wide = run(http, port, token, villages, indicators, random, 5, 10, 4, Duration.ofSeconds(20),
                        "50 fields (5 villages x 10 indicators), 4 clients", cpu);
                double single = run(http, port, token, villages, indicators, random, 1, 30, 1, Duration.ofSeconds(20),
                        "single unit (30 indicators), 1 client", cpu);
                double single4 = run(http, port, token, villages, indicators, random, 1, 30, 4, Duration.ofSeconds(20),
                        "single unit (30 indicators), 4 clients", cpu);
                Pgbench.Result fourAfter = selects.run(Pgbench.Script.SELECT_ONLY, 4, 20);
                Pgbench.Result oneAfter = selects.run(Pgbench.Script.SELECT_ONLY, 1, 20);
                System.out.println("baseline before: " + fourBefore.describe());
                System.out.println("baseline before: " + oneBefore.describe());
                System.out.println("baseline after:  " + fourAfter.describe());
                System.out.println("baseline after:  " + oneAfter.describe());
                double four = (fourBefore.tps() + fourAfter.tps()) / 2;
                double one = (oneBefore.tps() + oneAfter.tps()) / 2;
                ratio("50 fields, 4 clients", wide, 4, four);
                ratio("single unit, 1 client", single, 1, one);
                ratio("single unit, 4 clients", single4, 4, four);
            } finally {
                selects.drop();
            }
        }
    }

    private static void ratio(String label, double fieldsPerSecond, int clients, double baselineTps) {
        double ratio = fieldsPerSecond / baselineTps;
        System.out.printf(Locale.ROOT, "ratio: fields/s / pgbench -S tps (%d client%s, mean of before and after), "
                + "%-24s %8.0f / %8.0f = %.3f (goal >= 0.4: %s)%n", clients, clients > 1 ? "s" : "", label + ":",
                fieldsPerSecond, baselineTps, ratio, ratio >= 0.4 ? "met" : "missed");
    }

    /** One line of figures; returns the fields answered per second. */
    private static double run(HttpClient http, int port, String token, List<String> villages, List<String> indicators,
            Random random, int units, int perUnit, int clients, Duration length, String label, CpuMeter cpu)
            throws Exception {
        var cpuBefore = cpu.snapshot();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + length.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = random.nextLong();
            results.add(pool.submit(() -> {
                Random r = new Random(seed);
                List<Long> latencies = new ArrayList<>();
                long fields = 0;
                while (System.nanoTime() < end) {
                    int first = r.nextInt(villages.size() - units);
                    List<String> us = villages.subList(first, first + units);
                    List<String> is = new ArrayList<>(indicators);
                    java.util.Collections.shuffle(is, r);
                    String body = "{\"title\":\"bench\",\"indicators\":" + json(is.subList(0, perUnit)) + ",\"units\":"
                            + json(us) + ",\"period\":\"" + PERIODS[r.nextInt(PERIODS.length)]
                            + "\",\"dueDate\":\"2099-12-31\"}";
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + port + "/api/data-requests"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() != 201 || !response.body().contains("\"askedOfUnits\":0")) {
                        throw new IllegalStateException("unexpected answer " + response.statusCode() + ": "
                                + response.body().substring(0, Math.min(300, response.body().length())));
                    }
                    latencies.add(took);
                    fields += (long) units * perUnit;
                }
                long[] out = new long[latencies.size() + 1];
                out[0] = fields;
                for (int i = 0; i < latencies.size(); i++) {
                    out[i + 1] = latencies.get(i);
                }
                return out;
            }));
        }
        long fields = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : results) {
            long[] out = f.get();
            fields += out[0];
            for (int i = 1; i < out.length; i++) {
                all.add(out[i]);
            }
        }
        pool.shutdown();
        var cpuAfter = cpu.snapshot();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-45s requests %6d  fields/s %8.0f  p50 %6.2f ms  p99 %6.2f ms%n", label,
                sorted.length, fields / (double) length.toSeconds(), sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
        System.out.printf(Locale.ROOT, "%-45s %s%n", "", CpuMeter.perRequest(cpuBefore, cpuAfter, sorted.length));
        return fields / (double) length.toSeconds();
    }

    private static String json(List<String> list) {
        return "[\"" + String.join("\",\"", list) + "\"]";
    }
}
