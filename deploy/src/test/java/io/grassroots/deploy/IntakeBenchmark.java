package io.grassroots.deploy;

import static io.grassroots.deploy.BenchStack.OUT;
import static io.grassroots.deploy.BenchStack.percentile;

import io.grassroots.infra.Pgbench;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Plan intake through the gateway (#19): 宾阳县's departments file and submit plans over its townships
 * and its coordinator decides each, with 1 and then 8 clients, each signed in with its own account;
 * plans/s and p50/p99 per call, beside pgbench's TPC-B on the same PostgreSQL server in the same run.
 * Each client has its own HTTP/1.1 connection, as the console's server and an ingress proxy (ingress-nginx
 * speaks HTTP/1.1 to its upstreams) each hold theirs; a phase prints the CPU each process spent in it.
 */
final class IntakeBenchmark {
    private static final String COUNTY = "450126";
    private static final String[][] DEPARTMENTS = { { "emergency", "WORK_SAFETY" }, { "fire", "FIRE" },
            { "market", "FOOD_DRUG" }, { "environment", "ENVIRONMENT" }, { "agriculture", "AGRICULTURE" },
            { "education", "EDUCATION" }, { "health", "HEALTH" }, { "civil-affairs", "CIVIL_AFFAIRS" } };
    private static final List<String> KINDS = List.of("create", "submit", "decide");

    private final String base;
    private final GatewayClient gateway;
    private final StackCpu cpu;
    private final Queue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final int year = DemoYear.nextYear();

    private IntakeBenchmark(String base, StackCpu cpu) {
        this.base = base;
        this.gateway = new GatewayClient(base, serverErrors);
        this.cpu = cpu;
    }

    /** One phase's figures: plans decided, wall time, each call kind's times in ms, CPU seconds by process. */
    record Phase(int plans, double seconds, Map<String, Queue<Double>> calls, Map<String, Double> cpu) {
        double plansPerSecond() {
            return plans / seconds;
        }

        double p99(String kind) {
            return percentile(times(kind), 99);
        }

        double[] times(String kind) {
            return calls.get(kind).stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int perClient = Integer.parseInt(System.getenv().getOrDefault("BENCH_PLANS_PER_CLIENT", "25"));
        int warmUpRounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP_ROUNDS", "12"));
        BenchStack.machine();
        BenchStack.run(root, "bench-intake", bench -> {
            bench.start();
            BenchStack.awaitDirectoryConsumed("127.0.0.1:" + bench.layout.kafkaPort());
            IntakeBenchmark intake = new IntakeBenchmark(bench.gateway(),
                    new StackCpu(bench.cluster == null ? 0 : bench.cluster.port()));
            intake.signIn(bench.stack.adminPassword());
            ServiceRecordings recordings = recordings();
            intake.warmUp(warmUpRounds);
            Phase one = intake.phase("plan intake, 1 client", 1, perClient * 2, Integer.MAX_VALUE, true);
            if (recordings != null) {
                recordings.start("bench");
            }
            Phase eight = intake.phase("plan intake, 8 clients", 8, perClient, Integer.MAX_VALUE, true);
            if (recordings != null) {
                recordings.dump();
                recordings.stop("settle");
            }
            OUT.println("load average after intake (1, 5, 15 min): " + BenchStack.loadAverage());
            double tps = Pgbench.tpcb(bench.postgres(), 8, 8, 20);
            OUT.printf("baseline: pgbench TPC-B -s 8 -c 8 -j 2 -T 20 on the same server: tps = %.1f%n", tps);
            OUT.printf("ratio: intake plans/s with 8 clients / TPC-B tps = %.1f / %.1f = %.4f (goal >= 0.05: %s);"
                    + " 1 client: %.4f%n", eight.plansPerSecond(), tps, eight.plansPerSecond() / tps,
                    eight.plansPerSecond() / tps >= 0.05 ? "met" : "missed", one.plansPerSecond() / tps);
            OUT.printf("decision p99 with 8 clients: %.1f ms (goal < 50 ms: %s)%n", eight.p99("decide"),
                    eight.p99("decide") < 50 ? "met" : "missed");
            OUT.println(intake.serverErrors.isEmpty() ? "no 5xx answers"
                    : "5xx answers: " + intake.serverErrors.size() + ", first: " + intake.serverErrors.peek());
            return intake.serverErrors.isEmpty() ? 0 : 1;
        });
    }

    /** The coordinator and one department account per client, made as the admin (409: there already), signed in once. */
    private void signIn(String adminPassword) throws Exception {
        String admin = DemoAccounts.signIn(base, "admin", adminPassword);
        List<String> accounts = new ArrayList<>(List.of("{\"username\": \"coordinator-binyang\", \"role\": "
                + "\"COORDINATOR\", \"region\": \"" + COUNTY + "\", \"password\": \"" + DemoAccounts.PASSWORD + "\"}"));
        for (String[] d : DEPARTMENTS) {
            accounts.add("{\"username\": \"" + d[0] + "-binyang\", \"role\": \"DEPARTMENT\", \"dept\": \"" + COUNTY
                    + "-" + d[0] + "\", \"region\": \"" + COUNTY + "\", \"password\": \"" + DemoAccounts.PASSWORD
                    + "\"}");
        }
        for (String account : accounts) {
            int status = gateway.send("POST", "/api/admin/accounts", admin, account).statusCode();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("account not created (" + status + "): " + account);
            }
        }
        tokens.put("coordinator", DemoAccounts.signIn(base, "coordinator-binyang", DemoAccounts.PASSWORD));
        for (String[] d : DEPARTMENTS) {
            tokens.put(d[0], DemoAccounts.signIn(base, d[0] + "-binyang", DemoAccounts.PASSWORD));
        }
    }

    /**
     * BENCH_JFR_DIR=dir records the gateway and inspection-service over the 8-client phase, into dir; a
     * recording started before the warm-up has the recorder's own code compiled before that phase.
     */
    private static ServiceRecordings recordings() throws Exception {
        String dir = System.getenv("BENCH_JFR_DIR");
        if (dir == null) {
            return null;
        }
        ServiceRecordings recordings = new ServiceRecordings(Path.of(dir), List.of(Service.GATEWAY,
                Service.INSPECTION));
        recordings.start("settle");
        return recordings;
    }

    /**
     * Rounds of 8 clients' plans until the JIT's compiler threads take under a tenth of the gateway's and
     * inspection-service's CPU in a round (at most {@code maxRounds}): on two shared cores, compilations
     * queued by a fixed short warm-up ran on through the measured phases. The first round leaves 4 plans
     * per client live, as the warm-up before did (the rules read a department's live plans); every other
     * warm-up plan is cancelled once decided.
     */
    private void warmUp(int maxRounds) throws Exception {
        List<String> measured = List.of(Service.GATEWAY, Service.INSPECTION);
        for (int round = 1; round <= maxRounds; round++) {
            Phase phase = phase("warm-up", 8, 5, round == 1 ? 4 : 0, false);
            double cpuSeconds = measured.stream().mapToDouble(m -> phase.cpu().getOrDefault(m, 0.0)).sum();
            double jit = measured.stream().mapToDouble(m -> phase.cpu().getOrDefault("jit of " + m, 0.0)).sum();
            OUT.printf("warm-up (not counted) round %2d: %d plans in %4.1f s, JIT threads %.2f of %.2f CPU s of the"
                    + " gateway and inspection-service%n", round, phase.plans(), phase.seconds(), jit, cpuSeconds);
            if (jit < 0.1 * cpuSeconds) {
                return;
            }
        }
    }

    /** Plans beyond {@code kept} per client are cancelled once decided (the warm-up's, so none stay live). */
    private Phase phase(String label, int clients, int plansPerClient, int kept, boolean print) throws Exception {
        Map<String, Queue<Double>> calls = new LinkedHashMap<>();
        KINDS.forEach(k -> calls.put(k, new ConcurrentLinkedQueue<>()));
        List<Callable<Integer>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String[] department = DEPARTMENTS[c];
            Random random = new Random(year * 31L + c + label.hashCode());
            // A client of its own: its calls go one after another over one keep-alive HTTP/1.1 connection.
            GatewayClient client = new GatewayClient(base, serverErrors,
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
            work.add(() -> {
                for (int i = 0; i < plansPerClient; i++) {
                    intake(client, department, random, calls, i >= kept);
                }
                return plansPerClient;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        StackCpu.Sample before = cpu.sample();
        long t0 = System.nanoTime();
        int plans = 0;
        try {
            for (Future<Integer> f : pool.invokeAll(work)) {
                plans += f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        StackCpu.Sample after = cpu.sample();
        Phase phase = new Phase(plans, seconds, calls, after.since(before));
        if (print) {
            OUT.printf("%-34s plans %4d in %5.1f s  plans/s %6.2f%n", label, plans, phase.seconds(),
                    phase.plansPerSecond());
            OUT.println(StackCpu.describe(before, after, plans, "plan"));
            for (String kind : KINDS) {
                double[] t = phase.times(kind);
                OUT.printf("  %-32s n %4d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n", kind, t.length,
                        percentile(t, 50), percentile(t, 99), percentile(t, 100));
            }
        }
        return phase;
    }

    /**
     * One plan: created and submitted by the department, then approved by the coordinator (review findings
     * accepted), and cancelled by the department when it is not to stay live.
     */
    private void intake(GatewayClient client, String[] department, Random random, Map<String, Queue<Double>> calls,
            boolean cancel) {
        String token = tokens.get(department[0]);
        LocalDate start = LocalDate.of(year, 3 + random.nextInt(7), 1 + random.nextInt(20));
        LocalDate end = start.plusDays(14 + random.nextInt(35));
        String body = """
                {"year": %d, "title": "%d年%s专项检查", "kind": "INSPECTION", "scope": "SPECIAL", "category": "%s",
                 "targetSelector": {"under": "%s", "level": "TOWNSHIP"}, "windowStart": "%s", "windowEnd": "%s",
                 "onSiteDays": 1, "teamSize": %d, "materials": ["SAFETY_INCIDENTS"], "mandate": "宾政发〔%d〕1号"}"""
                .formatted(year, year, department[0], department[1], COUNTY, start, end, 2 + random.nextInt(3), year);
        String created = timed(calls, "create", () -> client.ok("POST", "/api/plans", token, body));
        String id = Http.all(created, "\"id\":\"([0-9a-f-]{36})\"").get(0);
        String submitted = timed(calls, "submit", () -> client.ok("POST", "/api/plans/" + id + "/submit", token,
                null));
        List<String> review = new ArrayList<>(new LinkedHashSet<>(Http.all(submitted,
                "\"rule\":\"(\\w+)\",\"severity\":\"REVIEW\"")));
        timed(calls, "decide", () -> client.ok("POST", "/api/plans/" + id + "/decision", tokens.get("coordinator"),
                "{\"decision\": \"APPROVE\", \"reason\": \"同意\", \"acceptedFindings\": " + Http.json(review) + "}"));
        if (cancel) {
            client.ok("POST", "/api/plans/" + id + "/cancel", token, "{\"reason\": \"预热\"}");
        }
    }

    private static String timed(Map<String, Queue<Double>> calls, String kind, Callable<String> call) {
        long t0 = System.nanoTime();
        try {
            String answer = call.call();
            calls.get(kind).add((System.nanoTime() - t0) / 1e6);
            return answer;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
