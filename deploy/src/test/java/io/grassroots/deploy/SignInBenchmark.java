package io.grassroots.deploy;

import static io.grassroots.deploy.BenchStack.OUT;
import static io.grassroots.deploy.BenchStack.percentile;

import io.grassroots.gateway.account.PasswordHasher;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sign-in (#19): p50/p99 of POST /api/auth/token through the packaged gateway with 1 and 8 clients,
 * beside one PasswordHasher hash (PBKDF2-SHA256, 600,000 iterations) timed in this JVM; and a proxied
 * GET's p50 while the 8-client burst runs against when the gateway is idle, with the 503s (busy) counted.
 */
final class SignInBenchmark {
    private final String gateway;
    private final List<String> users = DemoAccounts.ALL.stream().map(DemoAccounts.Account::username).toList();

    private SignInBenchmark(String gateway) {
        this.gateway = gateway;
    }

    /** Answers' times in ms by kind, and how many were 503 (busy) or another non-2xx. */
    record Timings(Queue<Double> ok, AtomicInteger busy, AtomicInteger other) {
        Timings() {
            this(new ConcurrentLinkedQueue<>(), new AtomicInteger(), new AtomicInteger());
        }

        double[] values() {
            return ok.stream().mapToDouble(Double::doubleValue).toArray();
        }

        void print(String label) {
            double[] t = values();
            OUT.printf("%-44s n %4d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  503 busy %d  other non-2xx %d%n", label,
                    t.length, percentile(t, 50), percentile(t, 99), percentile(t, 100), busy.get(), other.get());
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int perClient = Integer.parseInt(System.getenv().getOrDefault("BENCH_SIGNINS_PER_CLIENT", "8"));
        BenchStack.machine();
        double hashMs = hashBaseline();
        BenchStack.run(root, "bench-signin", bench -> {
            bench.start();
            return new SignInBenchmark(bench.gateway()).run(perClient, hashMs);
        });
    }

    /** The median of five hashes after the hasher's own first one (its decoy) warmed the JIT. */
    private static double hashBaseline() {
        PasswordHasher hasher = new PasswordHasher();
        hasher.hash("warm-up");
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long t0 = System.nanoTime();
            hasher.hash("grassroots-demo-" + i);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        double median = percentile(times, 50);
        OUT.printf("baseline: one PasswordHasher hash (PBKDF2-SHA256, %d iterations) in this JVM: median %.1f ms "
                + "(min %.1f, max %.1f, of %d)%n", PasswordHasher.ITERATIONS, median, percentile(times, 0),
                percentile(times, 100), times.length);
        return median;
    }

    private int run(int perClient, double hashMs) throws Exception {
        String token = DemoAccounts.signIn(gateway, "emergency-xingning", DemoAccounts.PASSWORD);
        String probe = "/api/plans?year=" + DemoYear.nextYear();
        for (int i = 0; i < 20; i++) {
            get(probe, token, new Timings());
        }
        Timings idle = new Timings();
        for (int i = 0; i < 100; i++) {
            get(probe, token, idle);
        }
        for (int i = 0; i < 3; i++) {
            signIn(i, new Timings());
        }
        Timings one = new Timings();
        for (int i = 0; i < perClient * 2; i++) {
            signIn(i, one);
        }
        Timings eight = new Timings();
        Timings busy = new Timings();
        AtomicBoolean burst = new AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (burst.get()) {
                get(probe, token, busy);
            }
        }, "probe");
        List<Callable<Void>> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            clients.add(() -> {
                for (int i = 0; i < perClient; i++) {
                    signIn(client * perClient + i, eight);
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        long t0 = System.nanoTime();
        prober.start();
        try {
            for (Future<Void> f : pool.invokeAll(clients)) {
                f.get();
            }
        } finally {
            burst.set(false);
            pool.shutdown();
            prober.join();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        one.print("POST /api/auth/token, 1 client");
        eight.print("POST /api/auth/token, 8 clients");
        OUT.printf("  8-client burst: %d sign-ins in %.1f s = %.2f/s%n", eight.ok().size(), seconds,
                eight.ok().size() / seconds);
        idle.print("proxied GET " + probe + ", gateway idle");
        busy.print("proxied GET, during the 8-client burst");
        double p50One = percentile(one.values(), 50);
        double p50Eight = percentile(eight.values(), 50);
        OUT.printf("ratio: sign-in p50 / one hash = %.1f / %.1f = %.2f (1 client); %.1f / %.1f = %.2f (8 clients)%n",
                p50One, hashMs, p50One / hashMs, p50Eight, hashMs, p50Eight / hashMs);
        double idle50 = percentile(idle.values(), 50);
        double busy50 = percentile(busy.values(), 50);
        OUT.printf("ratio: proxied GET p50 during the burst / idle = %.1f / %.1f = %.2f%n", busy50, idle50,
                busy50 / idle50);
        OUT.println("load average at the end (1, 5, 15 min): " + BenchStack.loadAverage());
        return one.other().get() + eight.other().get() + idle.other().get() + busy.other().get() == 0 ? 0 : 1;
    }

    private void signIn(int n, Timings into) {
        String user = users.get(n % users.size());
        record(into, () -> Http.send("POST", gateway + "/api/auth/token", null, "{\"username\": \"" + user
                + "\", \"password\": \"" + DemoAccounts.PASSWORD + "\"}"));
    }

    private void get(String path, String token, Timings into) {
        record(into, () -> Http.send("GET", gateway + path, token, null));
    }

    private static void record(Timings into, Callable<HttpResponse<String>> call) {
        long t0 = System.nanoTime();
        try {
            int status = call.call().statusCode();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (status / 100 == 2) {
                into.ok().add(ms);
            } else if (status == 503) {
                into.busy().incrementAndGet();
            } else {
                into.other().incrementAndGet();
                OUT.println("unexpected answer " + status);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
