package io.grassroots.deploy;

import io.grassroots.infra.PostgresCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The console's page figures (#15): the packaged stack with the demo year, each role's main pages
 * signed in through the console's form, timed through the gateway beside the API calls each page
 * makes (same gateway, same token: the baseline), and weighed with the scripts and stylesheets they
 * load. Fails, naming the page, when a page answers anything but 200.
 */
final class ConsoleBenchmark {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** One page's timings in ms: the page's GETs and, per round, the sum of its API calls made in turn. */
    record Timed(double[] page, double[] api) {
    }

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "200"));
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "50"));
        machine(rounds, warmup);
        StackLayout layout = StackLayout.isolated(root.resolve("deploy/target/bench-console"), "_bench_console");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream stackOut = new PrintStream(log, true, StandardCharsets.UTF_8);
        PostgresCluster cluster = PostgresCluster.isPossible()
                ? PostgresCluster.create(layout.state().resolve("postgres"), 300) : null;
        LocalStack stack = new LocalStack(root, layout, stackOut).fresh(true)
                // Every request comes from 127.0.0.1 and one principal per role: the limits would meter the benchmark.
                .environment(Service.GATEWAY, Map.of("GRASSROOTS_GATEWAY_LIMITS_PER_ADDRESS_PER_MINUTE", "10000000",
                        "GRASSROOTS_GATEWAY_LIMITS_PER_PRINCIPAL_PER_MINUTE", "10000000"));
        if (cluster != null) {
            stack.postgres(cluster.server());
        }
        int status = 1;
        try {
            long started = System.nanoTime();
            stack.start();
            DemoYear.Seeded seeded = new DemoYear(stack.minter(), layout, DemoYear.nextYear()).seed(stackOut);
            OUT.printf("stack started and demo year %d seeded in %.0f s (PostgreSQL: %s)%n", seeded.year(),
                    (System.nanoTime() - started) / 1e9, cluster == null ? "the machine's server" : "a cluster of its own");
            status = run(layout.url(Service.GATEWAY), seeded, rounds, warmup);
        } catch (Exception e) {
            OUT.println("FAILED: " + e.getMessage());
            OUT.println("--- the stack's output ---");
            OUT.println(log.toString(StandardCharsets.UTF_8));
            OUT.println("logs: " + layout.state().resolve("logs"));
        } finally {
            stack.close();
            if (cluster != null) {
                cluster.close();
            } else {
                Service.WITH_DATABASE.forEach(s -> stack.postgres().dropDatabase(layout.database(s)));
            }
        }
        System.exit(status);
    }

    private static int run(String gateway, DemoYear.Seeded seeded, int rounds, int warmup) throws Exception {
        // Tokens live 15 minutes: each role signs in right before its pages are measured.
        Map<String, ConsoleUser> users = new LinkedHashMap<>();
        users.put(ConsolePages.ANONYMOUS, ConsoleUser.anonymous(gateway));
        ConsoleUser coordinator = ConsoleUser.signedIn(gateway, ConsolePages.COORDINATOR, DemoAccounts.PASSWORD);
        ConsoleUser team = ConsoleUser.signedIn(gateway, ConsolePages.TEAM, DemoAccounts.PASSWORD);
        awaitLedger(coordinator, seeded.year());
        ConsoleUser.Answer visit = team.api("/api/visits/" + seeded.visits().get(0));
        Matcher day = Pattern.compile("\"date\":\"(\\d{4}-\\d{2}-\\d{2})\"").matcher(visit.text());
        if (!day.find()) {
            throw new IOException("the seeded visit has no date: " + visit.status() + " " + visit.text());
        }
        List<ConsolePages.Page> pages = ConsolePages.of(seeded, LocalDate.parse(day.group(1)));
        List<String> problems = new ArrayList<>();
        List<ConsoleTable.Row> rows = new ArrayList<>();
        for (ConsolePages.Page page : pages) {
            if (!users.containsKey(page.who())) {
                users.put(page.who(), ConsoleUser.signedIn(gateway, page.who(), DemoAccounts.PASSWORD));
            }
            ConsoleUser user = users.get(page.who());
            PageWeight.Weight weight = PageWeight.of(user, gateway, page.path());
            Timed timed = time(user, page, rounds, warmup);
            rows.add(ConsoleTable.row(page, timed, weight));
            if (weight.chartLoaded() != weight.chartShown()) {
                problems.add(page.who() + " " + page.label() + ": chart bundle " + (weight.chartLoaded() ? "loaded" : "missing")
                        + " on a page " + (weight.chartShown() ? "with" : "without") + " a chart");
            }
        }
        ConsoleTable.print(OUT, rows);
        OUT.println("load average at the end (1, 5, 15 min): " + loadAverage());
        problems.forEach(p -> OUT.println("NOTE " + p));
        return 0;
    }

    /** Warm-up, then {@code rounds} times the page and right after it the page's API calls in turn. */
    private static Timed time(ConsoleUser user, ConsolePages.Page page, int rounds, int warmup) throws Exception {
        double[] pageMs = new double[rounds];
        double[] apiMs = new double[rounds];
        for (int i = -warmup; i < rounds; i++) {
            long t0 = System.nanoTime();
            ConsoleUser.Answer answer = user.get(page.path(), true);
            long t1 = System.nanoTime();
            check(page, page.path(), answer);
            long apiNanos = 0;
            for (String call : page.api()) {
                long a0 = System.nanoTime();
                ConsoleUser.Answer api = user.api(call);
                apiNanos += System.nanoTime() - a0;
                // The auditor's region has no scheduling run of its own: the console shows that 404 as no run.
                if (!(api.status() == 404 && call.startsWith("/api/schedule/"))) {
                    check(page, call, api);
                }
            }
            if (i >= 0) {
                pageMs[i] = (t1 - t0) / 1e6;
                apiMs[i] = apiNanos / 1e6;
            }
        }
        return new Timed(pageMs, apiMs);
    }

    private static void check(ConsolePages.Page page, String path, ConsoleUser.Answer answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException(page.who() + " " + page.label() + ": GET " + path + " answered "
                    + answer.status() + (answer.status() >= 500 ? " (a server error)" : "") + ": "
                    + answer.text().substring(0, Math.min(300, answer.text().length())));
        }
    }

    /** The ledger follows the events: wait (at most two minutes) until the demo year's departments are in it. */
    private static void awaitLedger(ConsoleUser coordinator, int year) throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            ConsoleUser.Answer a = coordinator.api("/api/burden/departments?year=" + year + "&region=" + DemoYear.COUNTY);
            if (a.status() == 200 && a.text().split("\"departmentId\"").length - 1 >= 3) {
                return;
            }
            Thread.sleep(1000);
        }
        OUT.println("NOTE the ledger did not show the demo year's three departments within two minutes");
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static void machine(int rounds, int warmup) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        String memory = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                .map(l -> l.replaceAll("\\D+", "")).findFirst().orElse("0");
        OUT.printf("machine: %s, %d cores, %.0f GiB; Java %s; %d rounds per page after %d warm-up rounds%n", cpu,
                Runtime.getRuntime().availableProcessors(), Long.parseLong(memory) / 1024.0 / 1024.0,
                System.getProperty("java.version"), rounds, warmup);
        OUT.println("load average before the stack starts (1, 5, 15 min): " + loadAverage());
    }

    /** Whatever else runs on the two cores shows here: the figures are only as quiet as the machine was. */
    private static String loadAverage() throws IOException {
        String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return load[0] + " " + load[1] + " " + load[2];
    }
}
