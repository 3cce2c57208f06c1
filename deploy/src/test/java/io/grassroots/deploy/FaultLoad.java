package io.grassroots.deploy;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault suite's steady load through the gateway, every user at once: three departments of a
 * county filing and submitting plans, a coordinator approving them, townships reporting their own
 * figures, a department asking for data, and joint teams recording results of prepared visits. A
 * write answered with success is acknowledged; a failure is counted as clean or not. Clean is a 503
 * problem with Retry-After (nothing was done, come back then) and, only where the fault kills a
 * service behind the gateway, the gateway's 502 problem for a request that service was sent and died
 * on (it may have been done, so it must not be retried blindly; see ProxyRoute). Everything else is
 * not: no answer, a bare status, a 500, another 502, a 504 (a wait as long as the gateway's idle
 * timeout), a 503 without Retry-After, and any 4xx, since the load sends only valid requests.
 * With several gateways the load goes to each in turn and to the next one when a gateway refuses the
 * connection (GatewayFailover); a request a gateway killed by the test took and never answered is
 * counted as cut off, apart from both.
 */
final class FaultLoad {
    private static final String[][] LINES = { { "fire", "FIRE" }, { "emergency", "WORK_SAFETY" },
            { "market", "MARKET_REGULATION" } };
    /** Unique across the run, so that each result's count identifies it in the shared dataset. */
    private static final AtomicInteger COUNT = new AtomicInteger(1000);
    /**
     * Results of the budget kept back until {@link #afterFault()}, so that a long fault cannot spend them all and
     * leave none to show that results recover after it (a whole-suite run's row of PostgreSQL crashed amid a
     * backlog used its budget up during the fault). More than the three a row waits for: a result refused while
     * a service recovers spends one too.
     */
    private static final int KEPT_FOR_AFTER = 10;

    private final RunningStack stack;
    private final String county;
    private final List<String> townships;
    private final BlockingQueue<String[]> results;
    /**
     * The prepared visits are shared by every fault in turn, and a slow fault's load would otherwise use them up:
     * each fault takes at most a quarter of what is left, so the ninth still has some (a whole-suite run on a
     * loaded machine left the last fault without any).
     */
    private final AtomicInteger resultBudget;
    private volatile boolean afterFault;
    private final GatewayFailover gateways;
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final Map<WriteKind, ConcurrentLinkedQueue<String>> acknowledged = new EnumMap<>(WriteKind.class);
    /** Each acknowledged write as its writer reads it back. */
    private final ConcurrentLinkedQueue<ReadBack.Receipt> receipts = new ConcurrentLinkedQueue<>();
    private final BlockingQueue<String[]> toDecide = new LinkedBlockingQueue<>();
    private final LoadFailures failures;

    /**
     * townships: where plans and reports go; results: visit, plan, unit and team token of prepared visits;
     * serviceKilled: the fault kills a service behind the gateway, so a request it died on is answered 502.
     */
    FaultLoad(RunningStack stack, String county, List<String> townships, BlockingQueue<String[]> results,
            boolean serviceKilled) {
        this.stack = stack;
        this.county = county;
        this.townships = townships;
        this.results = results;
        this.resultBudget = new AtomicInteger(results.size() / 4);
        this.failures = new LoadFailures(serviceKilled);
        this.gateways = new GatewayFailover(stack);
        for (WriteKind kind : WriteKind.values()) {
            acknowledged.put(kind, new ConcurrentLinkedQueue<>());
        }
    }

    void start() {
        running.set(true);
        for (String[] line : LINES) {
            String token = token("DEPARTMENT", line[0], null);
            loop("plans-" + line[0], 500, new Random(line[0].hashCode()), random -> file(token, line[1], random));
        }
        String coordinator = stack.stack.minter().mint("fault-coordinator", "COORDINATOR", null, null, county,
                Duration.ofHours(1));
        loop("decisions", 700, new Random(1), random -> decide(coordinator));
        loop("reports", 400, new Random(2), this::report);
        String requester = token("DEPARTMENT", "emergency", null);
        loop("requests", 900, new Random(3), random -> request(requester, random));
        loop("results", 900, new Random(4), random -> result());
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
    }

    /** The distinct acknowledged writes of a kind, as WriteKind's keys. */
    List<String> acknowledged(WriteKind kind) {
        return List.copyOf(new java.util.LinkedHashSet<>(acknowledged.get(kind)));
    }

    /**
     * Waits until every kind of write has been acknowledged this many more times than when called, or until the
     * time is up; returns the kinds that fell short (none: every kind got there). Pacing by acknowledgements rather
     * than by seconds: a fault row lasts as long as its load needs, not a fixed quiet period.
     */
    List<WriteKind> awaitEach(int more, Duration within) throws InterruptedException {
        Map<WriteKind, Integer> before = new EnumMap<>(WriteKind.class);
        for (WriteKind kind : WriteKind.values()) {
            before.put(kind, acknowledged(kind).size());
        }
        long deadline = System.nanoTime() + within.toNanos();
        List<WriteKind> shortKinds = shortOf(before, more);
        while (!shortKinds.isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(100);
            shortKinds = shortOf(before, more);
        }
        return shortKinds;
    }

    private List<WriteKind> shortOf(Map<WriteKind, Integer> before, int more) {
        return before.entrySet().stream().filter(e -> acknowledged(e.getKey()).size() < e.getValue() + more)
                .map(Map.Entry::getKey).toList();
    }

    /** The fault has happened: the results kept back for after it may go too. */
    void afterFault() {
        afterFault = true;
    }

    /** One result from the budget, short of those kept for after the fault until then; false when none is left. */
    private boolean takeResult() {
        int floor = afterFault ? 0 : KEPT_FOR_AFTER;
        while (true) {
            int left = resultBudget.get();
            if (left <= floor) {
                return false;
            }
            if (resultBudget.compareAndSet(left, left - 1)) {
                return true;
            }
        }
    }

    /** The acknowledged writes by kind, e.g. "submissions 40, approvals 12, …". */
    String breakdown() {
        StringBuilder out = new StringBuilder();
        for (WriteKind kind : WriteKind.values()) {
            out.append(out.isEmpty() ? "" : ", ").append(kind.label).append(' ').append(acknowledged(kind).size());
        }
        return out.toString();
    }

    int acknowledgedTotal() {
        return acknowledged.values().stream().mapToInt(ConcurrentLinkedQueue::size).sum();
    }

    /** Every acknowledged write as its writer reads it back (ReadBack). */
    List<ReadBack.Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Requests sent to the other gateway because the one they were meant for refused the connection. */
    int failovers() {
        return gateways.failovers();
    }

    /** The writes that failed, clean or not. */
    LoadFailures failures() {
        return failures;
    }

    private void file(String token, String category, Random random) {
        int year = RunningStack.YEAR;
        String body = """
                {"year": %d, "title": "故障演练检查 %d", "kind": "INSPECTION", "scope": "SPECIAL",
                 "category": "%s", "targets": ["%s"], "windowStart": "%d-04-01", "windowEnd": "%d-05-29",
                 "onSiteDays": 1, "teamSize": 2, "materials": ["SAFETY_INCIDENTS"], "mandate": "演练〔%d〕1号"}"""
                .formatted(year, random.nextInt(1_000_000), category, townships.get(random.nextInt(townships.size())),
                        year, year, year);
        JsonPath created = call("POST", "/api/plans", token, body, 201);
        String id = created == null ? null : created.getString("id");
        JsonPath submitted = id == null ? null : call("POST", "/api/plans/" + id + "/submit", token, null, 200);
        if (submitted != null) {
            acknowledged.get(WriteKind.SUBMISSION).add(id);
            receipts.add(ReadBack.submission(id, token));
            List<String> review = submitted.getList("findings.findAll { it.severity == 'REVIEW' }.rule", String.class);
            // Every third submission is decided, so that approvals (and their placements) run beside the rest.
            if (random.nextInt(3) == 0) {
                toDecide.add(new String[] { id, Http.json(review == null ? List.of() : review) });
            }
        }
    }

    private void decide(String coordinator) {
        String[] plan = toDecide.poll();
        if (plan != null && call("POST", "/api/plans/" + plan[0] + "/decision", coordinator, "{\"decision\": "
                + "\"APPROVE\", \"reason\": \"演练\", \"acceptedFindings\": " + plan[1] + "}", 200) != null) {
            acknowledged.get(WriteKind.APPROVAL).add(plan[0]);
            receipts.add(ReadBack.approval(plan[0], coordinator));
        }
    }

    private void report(Random random) {
        String unit = townships.get(random.nextInt(townships.size()));
        String period = String.valueOf(RunningStack.YEAR - 1);
        String token = stack.stack.minter().mint("fault-" + unit, "UNIT", null, unit, unit, Duration.ofHours(1));
        int value = 10_000 + random.nextInt(90_000);
        JsonPath outcome = call("POST", "/api/reports", token, "[{\"unit\": \"" + unit + "\", \"indicator\": "
                + "\"POPULATION\", \"period\": \"" + period + "\", \"value\": " + value + "}]", 200);
        if (outcome != null && outcome.getList("accepted").size() == 1) {
            int version = outcome.getInt("accepted[0].version");
            String key = unit + "|POPULATION|" + period + "|" + version;
            acknowledged.get(WriteKind.REPORT).add(key);
            receipts.add(ReadBack.report(key, unit, period, version, value, token));
        }
    }

    private void request(String token, Random random) {
        String first = townships.get(random.nextInt(townships.size()));
        String second = townships.get(random.nextInt(townships.size()));
        List<String> units = first.equals(second) ? List.of(first) : List.of(first, second);
        String period = String.valueOf(RunningStack.YEAR - 1);
        JsonPath filed = call("POST", "/api/data-requests", token, """
                {"title": "演练数据需求", "indicators": ["POPULATION", "SAFETY_INCIDENTS"], "units": %s,
                 "period": "%s", "dueDate": "%s"}""".formatted(Http.json(units), period, LocalDate.now().plusDays(30)),
                201);
        if (filed != null) {
            acknowledged.get(WriteKind.REQUEST).add(filed.getString("id"));
            receipts.add(ReadBack.request(filed.getString("id"), period, units, token));
        }
    }

    private void result() {
        if (!takeResult()) {
            return;
        }
        String[] pair = results.poll();
        if (pair == null) {
            return;
        }
        int count = COUNT.incrementAndGet();
        String body = "{\"results\": [{\"planId\": \"" + pair[1] + "\", \"findings\": \"演练检查完成\", \"rating\": 4, "
                + "\"rectifications\": [], \"indicatorValues\": [{\"indicator\": \"SAFETY_INCIDENTS\", \"period\": \""
                + (RunningStack.YEAR - 1) + "\", \"value\": " + count + "}]}]}";
        if (call("POST", "/api/visits/" + pair[0] + "/results", pair[3], body, 200) != null) {
            String key = pair[0] + "|" + pair[1] + "|" + pair[2] + "|" + count;
            acknowledged.get(WriteKind.RESULT).add(key);
            receipts.add(ReadBack.result(key, pair[0], pair[1], count, pair[3]));
        }
    }

    private String token(String role, String line, String unit) {
        return stack.stack.minter().mint("fault-" + line, role, county + "-" + line, unit, county, Duration.ofHours(1));
    }

    private void loop(String name, long pauseMillis, Random random, java.util.function.Consumer<Random> step) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                step.accept(random);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fault-load-" + name);
        threads.add(t);
        t.start();
    }

    /** The answer's JSON when it had the expected status, or null after counting the failure. */
    private JsonPath call(String method, String path, String token, String body, int expected) {
        try {
            HttpResponse<String> r = gateways.send(method, path, token, body);
            if (r.statusCode() == expected) {
                return JsonPath.from(r.body());
            }
            failures.answered(method, path, r);
        } catch (GatewayFailover.CutOff e) {
            failures.cutOff(method, path, e);
        } catch (IOException e) {
            failures.unanswered(method, path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
