package io.grassroots.deploy;

import static io.grassroots.deploy.BenchStack.OUT;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** One page's timings in ms: the page's GETs and, per round, the sum of its API calls made in turn. */
    record Timed(double[] page, double[] api) {
    }

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "200"));
        int warmup = Integer.parseInt(System.getenv().getOrDefault("BENCH_WARMUP", "50"));
        BenchStack.machine();
        OUT.printf("%d rounds per page after %d warm-up rounds%n", rounds, warmup);
        BenchStack.run(root, "bench-console", bench -> {
            long started = System.nanoTime();
            bench.stack.start();
            DemoYear.Seeded seeded = new DemoYear(bench.stack.minter(), bench.layout, DemoYear.nextYear())
                    .seed(bench.stackOut);
            OUT.printf("stack started and demo year %d seeded in %.0f s (PostgreSQL: %s)%n", seeded.year(),
                    (System.nanoTime() - started) / 1e9, bench.postgresKind());
            return run(bench.gateway(), seeded, rounds, warmup);
        });
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
                problems.add(page.who() + " " + page.label() + ": chart bundle "
                        + (weight.chartLoaded() ? "loaded" : "missing")
                        + " on a page " + (weight.chartShown() ? "with" : "without") + " a chart");
            }
        }
        ConsoleTable.print(OUT, rows);
        OUT.println("load average at the end (1, 5, 15 min): " + BenchStack.loadAverage());
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
            ConsoleUser.Answer a = coordinator
                    .api("/api/burden/departments?year=" + year + "&region=" + DemoYear.COUNTY);
            if (a.status() == 200 && a.text().split("\"departmentId\"").length - 1 >= 3) {
                return;
            }
            Thread.sleep(1000);
        }
        OUT.println("NOTE the ledger did not show the demo year's three departments within two minutes");
    }
}
