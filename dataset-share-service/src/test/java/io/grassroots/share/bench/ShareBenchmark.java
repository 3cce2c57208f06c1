package io.grassroots.share.bench;

import io.grassroots.infra.KafkaBroker;
import io.grassroots.infra.PackagedService;
import io.grassroots.infra.PostgresServer;
import io.grassroots.infra.SigningKeys;
import io.grassroots.infra.TokenMinter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.postgresql.PGConnection;

/**
 * Loads Guangxi's 16,681 villages × 30 indicators × 3 periods into a database of its own, starts the
 * packaged dataset-share-service against it (and a broker of its own), and measures repeat data
 * requests answered from shared data: fields per second and p50/p99 latency, direct to the service.
 * Run it with tools/bench-share.
 */
public final class ShareBenchmark {
    private static final String DB = "dataset_share_bench";
    private static final String[] PERIODS = { "2023", "2024", "2025" };

    private ShareBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path work = Files.createTempDirectory("share-bench-");
        PostgresServer postgres = PostgresServer.fromEnvironment();
        postgres.dropDatabase(DB);
        postgres.ensureDatabase(DB);
        SigningKeys keys = SigningKeys.loadOrCreate(work.resolve("keys"));
        int port = KafkaBroker.freePort();
        Process service = null;
        try (KafkaBroker broker = KafkaBroker.onFreePorts(work.resolve("kafka")).start()) {
            service = PackagedService.start(root.resolve("dataset-share-service/target/quarkus-app/quarkus-run.jar"),
                    work.resolve("service.log"), port, Map.of("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers(),
                            "DATASET_SHARE_DB_URL", postgres.jdbcUrl(DB), "PLATFORM_JWT_PUBLIC_KEY",
                            work.resolve("keys").resolve(SigningKeys.PUBLIC_FILE).toString()));

            List<String> villages = villages(root);
            List<String> indicators = load(postgres, villages);
            String token = new TokenMinter(keys).mint("bench", "DEPARTMENT", "45-statistics", null, "45",
                    Duration.ofHours(2));
            System.out.printf(Locale.ROOT, "loaded %d villages x %d indicators x %d periods = %d values%n",
                    villages.size(), indicators.size(), PERIODS.length,
                    (long) villages.size() * indicators.size() * PERIODS.length);

            Random random = new Random(45);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            CpuMeter cpu = new CpuMeter(service.pid());
            // A service runs for days: the figures are of its steady state, after the JIT compiler has
            // done its work on both request shapes (BENCH_WARMUP_SECONDS, 60 by default).
            Duration warmUp = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("BENCH_WARMUP_SECONDS",
                    "60")));
            run(http, port, token, villages, indicators, random, 5, 10, 4, warmUp.dividedBy(2), "warm-up", cpu);
            run(http, port, token, villages, indicators, random, 1, 30, 4, warmUp.dividedBy(2), "warm-up", cpu);
            run(http, port, token, villages, indicators, random, 5, 10, 4, Duration.ofSeconds(20),
                    "50 fields (5 villages x 10 indicators), 4 clients", cpu);
            run(http, port, token, villages, indicators, random, 1, 30, 1, Duration.ofSeconds(20),
                    "single unit (30 indicators), 1 client", cpu);
            run(http, port, token, villages, indicators, random, 1, 30, 4, Duration.ofSeconds(20),
                    "single unit (30 indicators), 4 clients", cpu);
        } finally {
            if (service != null) {
                service.destroy();
                service.waitFor();
            }
            // BENCH_KEEP_DATABASE=true leaves the database for a look at its plans and sizes afterwards.
            if (!Boolean.parseBoolean(System.getenv("BENCH_KEEP_DATABASE"))) {
                postgres.dropDatabase(DB);
            }
        }
    }

    private static void run(HttpClient http, int port, String token, List<String> villages, List<String> indicators,
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
                            "http://127.0.0.1:" + port + "/api/data-requests")).header("Authorization", "Bearer " + token)
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
    }

    private static String json(List<String> list) {
        return "[\"" + String.join("\",\"", list) + "\"]";
    }

    private static List<String> villages(Path root) throws Exception {
        List<String> villages = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                root.resolve("inspection-service/src/main/resources/registry/45.csv.gz"))), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                if (f.length > 2 && "VILLAGE".equals(f[2])) {
                    villages.add(f[0]);
                }
            }
        }
        return villages;
    }

    /** Units, a department that may read everything, 30 indicators and every value, by COPY. */
    private static List<String> load(PostgresServer postgres, List<String> villages) throws Exception {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(DB), postgres.user(), postgres.password());
                Statement st = db.createStatement()) {
            for (int i = 1; i <= 7; i++) {
                st.execute("insert into indicator (code, name, unit_of_measure, owner_department, freshness_days, "
                        + "sensitivity, value_type, minutes_per_field) values ('BENCH_EXTRA_" + i + "', 'extra " + i
                        + "', 'x', '45-statistics', 3650, 'PUBLIC', 'INTEGER', 10) on conflict do nothing");
            }
            st.execute("insert into department (id, name, level, region_code, groups) values ('45-statistics', "
                    + "'广西壮族自治区统计局', 'PROVINCE', '45', '{SAFETY,ECOLOGY,RURAL,SOCIAL,ECONOMY,GOVERNANCE}') "
                    + "on conflict (id) do update set groups = excluded.groups");
            st.execute("update indicator set granted_departments = '{45-statistics}', freshness_days = 3650");
            List<String> indicators = new ArrayList<>();
            try (var rs = st.executeQuery("select code from indicator order by code")) {
                while (rs.next()) {
                    indicators.add(rs.getString(1));
                }
            }
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder units = new StringBuilder();
            for (String v : villages) {
                units.append(v).append("\tv").append(v).append("\tVILLAGE\t").append(v, 0, 9).append('\t')
                        .append(v, 0, 6).append('\t').append(v, 0, 4).append("\t45\n");
            }
            copy.copyIn("copy unit (code, name, level, parent_code, county_code, city_code, province_code) from stdin",
                    new StringReader(units.toString()));
            Random random = new Random(1);
            StringBuilder values = new StringBuilder();
            for (String v : villages) {
                for (String indicator : indicators) {
                    for (String period : PERIODS) {
                        values.append(v).append('\t').append(indicator).append('\t').append(period)
                                .append("\t1\t").append(random.nextInt(1000))
                                .append("\tSTATISTICS\t\\N\tbench\t2026-01-01 00:00:00+00\n");
                    }
                }
                if (values.length() > 8_000_000) {
                    copy.copyIn("copy data_value (unit_code, indicator, period, version, value, source, source_ref, "
                            + "reported_by, reported_at) from stdin", new StringReader(values.toString()));
                    values.setLength(0);
                }
            }
            copy.copyIn("copy data_value (unit_code, indicator, period, version, value, source, source_ref, "
                    + "reported_by, reported_at) from stdin", new StringReader(values.toString()));
            // Only the loaded tables: analyzing the still empty request tables would tell the planner they
            // stay empty, and with autovacuum off (as on this machine) nothing would correct it, so the
            // foreign-key checks on request fields would keep a sequential-scan plan as the table grows.
            st.execute("analyze unit");
            st.execute("analyze data_value");
            st.execute("analyze indicator");
            st.execute("analyze department");
            return indicators.size() > 30 ? indicators.subList(0, 30) : indicators;
        }
    }
}
