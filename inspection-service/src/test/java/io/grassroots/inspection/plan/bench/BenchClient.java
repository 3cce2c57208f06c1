package io.grassroots.inspection.plan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's HTTP calls: any answer but 2xx stops the run with what the service said. */
final class BenchClient {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern REVIEW = Pattern.compile("\"rule\":\"(\\w+)\",\"severity\":\"REVIEW\"");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    BenchClient(String base) {
        this.base = base;
    }

    String ok(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": "
                    + r.body().substring(0, Math.min(500, r.body().length())));
        }
        return r.body();
    }

    /** Files and submits a plan; returns its id. */
    String fileAndSubmit(String department, String plan) throws Exception {
        Matcher id = ID.matcher(ok("POST", "/api/plans", department, plan));
        id.find();
        ok("POST", "/api/plans/" + id.group(1) + "/submit", department, null);
        return id.group(1);
    }

    /** Approves a plan over its review findings; returns the decision's own time in nanoseconds. */
    long approve(String coordinator, String planId) throws Exception {
        Matcher review = REVIEW.matcher(ok("GET", "/api/plans/" + planId, coordinator, null));
        List<String> rules = new ArrayList<>();
        while (review.find()) {
            rules.add("\"" + review.group(1) + "\"");
        }
        String body = "{\"decision\": \"APPROVE\", \"reason\": \"bench\", \"acceptedFindings\": ["
                + String.join(",", rules.stream().distinct().toList()) + "]}";
        long t0 = System.nanoTime();
        ok("POST", "/api/plans/" + planId + "/decision", coordinator, body);
        return System.nanoTime() - t0;
    }

    /** Whether the service's summary counts what the engine alone scheduled from the same plan-targets. */
    static boolean sameSchedule(String summary, EngineBaseline.Figures alone) throws Exception {
        com.fasterxml.jackson.databind.JsonNode s = new com.fasterxml.jackson.databind.ObjectMapper().readTree(summary);
        return s.get("planTargets").asInt() == alone.planTargets() && s.get("placed").asInt() == alone.placed()
                && s.get("visits").asInt() == alone.visits() && s.get("lowerBound").asInt() == alone.lowerBound()
                && s.get("busiestUnitMonth").asInt() == alone.busiestUnitMonth()
                && s.get("itineraries").asInt() == alone.itineraries();
    }

    /** The figures of a scheduling summary, without its list of plan-targets. */
    static String figures(String summary) {
        int cut = summary.indexOf(",\"unmerged\"");
        return cut < 0 ? summary : summary.substring(0, cut) + "}";
    }
}
