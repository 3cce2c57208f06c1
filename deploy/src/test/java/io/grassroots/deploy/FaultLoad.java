package io.grassroots.deploy;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fault suite's steady load: three departments of a county filing and submitting plans through
 * the gateway, about five a second; a submission answered 200 is an acknowledged write. Failures are
 * counted as answered with a problem (the platform said so) or not (no answer, or a bare status).
 */
final class FaultLoad {
    private static final String[][] LINES = { { "fire", "FIRE" }, { "emergency", "WORK_SAFETY" },
        { "market", "MARKET_REGULATION" } };

    private final RunningStack stack;
    private final String county;
    private final List<String> units;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
    private final AtomicInteger withProblem = new AtomicInteger();
    private final AtomicInteger withoutProblem = new AtomicInteger();

    FaultLoad(RunningStack stack, String county, List<String> units) {
        this.stack = stack;
        this.county = county;
        this.units = units;
    }

    /** The county's townships, read through the gateway. */
    List<String> townships() throws IOException, InterruptedException {
        String coordinator = stack.stack.minter().mint("fault-coordinator", "COORDINATOR", null, null, county,
                Duration.ofHours(1));
        HttpResponse<String> r = send("GET", "/api/units?parent=" + county + "&level=TOWNSHIP&size=50", coordinator,
                null);
        return JsonPath.from(r.body()).getList("items.code", String.class);
    }

    void start() {
        running.set(true);
        for (String[] line : LINES) {
            String token = stack.stack.minter().mint("fault-" + line[0], "DEPARTMENT", county + "-" + line[0], null,
                    county, Duration.ofHours(1));
            Thread t = new Thread(() -> file(token, line[1], new Random(line[0].hashCode())), "fault-load-" + line[0]);
            threads.add(t);
            t.start();
        }
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join();
        }
    }

    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int failedWithProblem() {
        return withProblem.get();
    }

    int failedWithoutProblem() {
        return withoutProblem.get();
    }

    List<String> unclean() {
        return List.copyOf(unclean);
    }

    private void file(String token, String category, Random random) {
        int year = RunningStack.YEAR;
        while (running.get()) {
            String body = """
                    {"year": %d, "title": "故障演练检查 %d", "kind": "INSPECTION", "scope": "SPECIAL",
                     "category": "%s", "targets": ["%s"], "windowStart": "%d-04-01", "windowEnd": "%d-05-29",
                     "onSiteDays": 1, "teamSize": 2, "materials": ["SAFETY_INCIDENTS"], "mandate": "演练〔%d〕1号"}"""
                    .formatted(year, random.nextInt(1_000_000), category, units.get(random.nextInt(units.size())),
                            year, year, year);
            String id = call("POST", "/api/plans", token, body, 201, "id");
            if (id != null && call("POST", "/api/plans/" + id + "/submit", token, null, 200, "id") != null) {
                acknowledged.add(id);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The field of a successful answer, or null after counting the failure. */
    private String call(String method, String path, String token, String body, int expected, String field) {
        try {
            HttpResponse<String> r = send(method, path, token, body);
            if (r.statusCode() == expected) {
                return JsonPath.from(r.body()).getString(field);
            }
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                withProblem.incrementAndGet();
            } else {
                withoutProblem.incrementAndGet();
                unclean.add(method + " " + path + " " + r.statusCode());
            }
        } catch (IOException e) {
            withoutProblem.incrementAndGet();
            unclean.add(method + " " + path + " " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
