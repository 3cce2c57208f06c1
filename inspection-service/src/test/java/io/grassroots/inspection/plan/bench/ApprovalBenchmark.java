package io.grassroots.inspection.plan.bench;

import io.grassroots.infra.BenchedService;
import io.grassroots.infra.Pgbench;
import io.grassroots.infra.PostgresServer;
import io.grassroots.infra.TokenMinter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A province's year through the packaged inspection-service: Guangxi's county and city departments
 * file and submit their plans over its townships (8 clients; {@link ProvinceYear.Size}), the provincial
 * coordinator approves most of them, runs scheduling for the whole province (timed beside the engine
 * alone and a plain JDBC read of the same plan-targets, {@link EngineBaseline}), and then approves the
 * rest, each placed incrementally into the province's schedule: p50/p99 of such an approval with 1 and
 * with 8 concurrent clients, beside pgbench's TPC-B on the same server in the same run. Run it with
 * tools/bench-approval.
 */
public final class ApprovalBenchmark {
    private static final String DB = "inspection_bench";

    private ApprovalBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try (BenchedService bench = BenchedService.start(root, "inspection-service", "INSPECTION_DB_URL", DB)) {
            PostgresServer postgres = bench.postgres();
            TokenMinter minter = bench.minter();
            BenchClient client = new BenchClient("http://127.0.0.1:" + bench.port());
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
            ProvinceYear province = ProvinceYear.generate(root, new Random(45), year,
                    ProvinceYear.Size.fromEnvironment());
            String coordinator = minter.mint("bench-coordinator", "COORDINATOR", null, null, "45", Duration.ofHours(3));

            long t0 = System.nanoTime();
            List<String> plans = parallel(8,
                    province.plans().stream().<Callable<String>>map(p -> () -> client.fileAndSubmit(
                            minter.mint("bench-" + p.department(), "DEPARTMENT", p.department(), null, p.region(),
                                    Duration.ofHours(3)),
                            p.json())).toList());
            System.out.printf(Locale.ROOT, "filed and submitted %d plans (%d plan-targets) in %.1f s%n", plans.size(),
                    province.targets(), (System.nanoTime() - t0) / 1e9);
            int measured1 = 100;
            int measured8 = 240;
            List<String> before = plans.subList(0, plans.size() - measured1 - measured8);
            t0 = System.nanoTime();
            parallel(8, before.stream().<Callable<Long>>map(id -> () -> client.approve(coordinator, id)).toList());
            System.out.printf(Locale.ROOT, "approved %d plans before scheduling in %.1f s%n", before.size(),
                    (System.nanoTime() - t0) / 1e9);
            EngineBaseline.Figures baseline;
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgres.jdbcUrl(DB), postgres.user(),
                    postgres.password())) {
                baseline = EngineBaseline.measure(c, "45", year);
            }
            t0 = System.nanoTime();
            String summary = client.ok("POST", "/api/schedule/45/" + year, coordinator, null);
            double run = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "scheduling run of the province: %.2f s; %s%n", run,
                    BenchClient.figures(summary));
            System.out.println("baseline in this JVM, before the run: " + baseline.describe());
            System.out.printf(Locale.ROOT, "the run ÷ (plain read + engine cold) = %.2f s ÷ %.2f s = %.1f; the engine "
                    + "alone's schedule %s the service's%n", run, baseline.floorSeconds(),
                    run / baseline.floorSeconds(),
                    BenchClient.sameSchedule(summary, baseline) ? "is" : "IS NOT");
            // A service that has warmed its engine up after start (EngineWarmUp) runs it warm: its floor.
            System.out.printf(Locale.ROOT, "the run ÷ (plain read + engine warm) = %.2f s ÷ %.2f s = %.1f%n", run,
                    baseline.warmFloorSeconds(), run / baseline.warmFloorSeconds());

            List<String> one = plans.subList(before.size(), before.size() + measured1);
            List<String> eight = plans.subList(before.size() + measured1, plans.size());
            Map<String, Boolean> cityPlan = new java.util.HashMap<>();
            for (int i = 0; i < plans.size(); i++) {
                cityPlan.put(plans.get(i), province.plans().get(i).region().length() == 4);
            }
            for (int clients : new int[] { 1, 8 }) {
                List<String> ids = clients == 1 ? one : eight;
                // Each phase starts with an empty placement queue, so that its figures are its own.
                awaitEmptyQueue(postgres);
                List<Long> nanos = parallel(clients, ids.stream()
                        .<Callable<Long>>map(id -> () -> client.approve(coordinator, id)).toList());
                String label = "approval into the scheduled province, " + clients + " client"
                        + (clients > 1 ? "s" : "");
                report(label, nanos);
                List<Long> county = new ArrayList<>();
                List<Long> city = new ArrayList<>();
                for (int i = 0; i < ids.size(); i++) {
                    (cityPlan.get(ids.get(i)) ? city : county).add(nanos.get(i));
                }
                report("  of which county plans (~9 townships)", county);
                report("  of which city plans (~60 townships)", city);
                reportPlacement(postgres, ids);
            }
            System.out.println(client.ok("GET", "/api/plans?year=" + year + "&status=SUBMITTED&size=1", coordinator,
                    null).contains("\"total\":0") ? "every plan was decided" : "SOME PLANS WERE NOT DECIDED");
            Pgbench tpcb = Pgbench.initialise(postgres, "pgbench_baseline", 10);
            try {
                System.out.println("baseline: " + tpcb.run(Pgbench.Script.TPCB, 8, 20).describe());
            } finally {
                tpcb.drop();
            }
        }
    }

    /**
     * An approval returns once its decision is committed; the placement worker places the plan after
     * it. Waits until the queue is empty and reports how long after its decision each plan was placed
     * (a plan becomes SCHEDULED, updated_at, when a visit takes it; plans left wholly unplaced by the
     * monthly cap stay APPROVED and are counted apart).
     */
    private static void reportPlacement(PostgresServer postgres, List<String> ids) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgres.jdbcUrl(DB), postgres.user(),
                postgres.password())) {
            long t0 = System.nanoTime();
            awaitEmptyQueue(c);
            double drained = (System.nanoTime() - t0) / 1e9;
            List<Long> lags = new ArrayList<>();
            int unplaced = 0;
            try (var ps = c.prepareStatement("select status, extract(epoch from updated_at - decided_at) "
                    + "from plan where id = any(?)")) {
                ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if ("SCHEDULED".equals(rs.getString(1))) {
                            lags.add((long) (rs.getDouble(2) * 1e9));
                        } else {
                            unplaced++;
                        }
                    }
                }
            }
            report("  placed after the decision (worker)", lags);
            System.out.printf(Locale.ROOT, "  queue empty %.1f s after the last decision; %d plans left unplaced "
                    + "by the caps%n", drained, unplaced);
        }
    }

    private static void awaitEmptyQueue(PostgresServer postgres) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(postgres.jdbcUrl(DB), postgres.user(),
                postgres.password())) {
            awaitEmptyQueue(c);
        }
    }

    private static void awaitEmptyQueue(java.sql.Connection c) throws Exception {
        while (true) {
            try (var rs = c.createStatement().executeQuery("select count(*) from placement_queue")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return;
                }
            }
            Thread.sleep(20);
        }
    }

    private static void report(String label, List<Long> nanos) {
        if (nanos.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-50s n    0%n", label);
            return;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-50s n %4d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", label, sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static <T> List<T> parallel(int clients, List<Callable<T>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(work)) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }
}
