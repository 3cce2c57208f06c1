package io.grassroots.deploy;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The fault load's failed writes, each counted as clean or not by the rules FaultLoad's comment gives. */
final class LoadFailures {
    private final ConcurrentLinkedQueue<String> unclean = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicInteger> clean = new ConcurrentSkipListMap<>();
    private final AtomicInteger withoutProblem = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> cutOff = new ConcurrentLinkedQueue<>();
    private final boolean serviceKilled;

    /** serviceKilled: the fault kills a service behind the gateway, so a request it died on is answered 502. */
    LoadFailures(boolean serviceKilled) {
        this.serviceKilled = serviceKilled;
    }

    /** Counts an answer that had another status than the one expected. */
    void answered(String method, String path, HttpResponse<String> r) {
        if (isClean(r)) {
            clean.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
        } else {
            withoutProblem.incrementAndGet();
            String answer = r.body().replaceAll("\\s+", " ");
            unclean.add(method + " " + path + " " + r.statusCode() + " " + answer.substring(0, Math.min(200,
                    answer.length())));
        }
    }

    /** Counts a request that got no answer at all. */
    void unanswered(String method, String path, IOException e) {
        withoutProblem.incrementAndGet();
        unclean.add(method + " " + path + " " + e.getClass().getSimpleName());
    }

    /**
     * Counts a request that a gateway the test killed took and never answered: the client sees the
     * connection close (a load balancer would answer it 502); it may or may not have been done.
     */
    void cutOff(String method, String path, IOException e) {
        cutOff.add(method + " " + path + " " + e.getCause().getClass().getSimpleName());
    }

    /** The requests cut off by a killed gateway, e.g. "POST /api/reports IOException". */
    List<String> cutOff() {
        return List.copyOf(cutOff);
    }

    int withProblem() {
        return clean.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** The clean failures with their statuses: "0", "40 (503)" or "41 (502 1, 503 40)". */
    String withProblemCell() {
        if (clean.isEmpty()) {
            return "0";
        }
        if (clean.size() == 1) {
            return withProblem() + " (" + clean.keySet().iterator().next() + ")";
        }
        StringBuilder out = new StringBuilder();
        clean.forEach((status, n) -> out.append(out.isEmpty() ? "" : ", ").append(status).append(' ').append(n.get()));
        return withProblem() + " (" + out + ")";
    }

    int withoutProblem() {
        return withoutProblem.get();
    }

    List<String> unclean() {
        return List.copyOf(unclean);
    }

    /** A problem that tells the client what happened and what to do (see FaultLoad's comment). */
    private boolean isClean(HttpResponse<String> r) {
        if (!r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return false;
        }
        if (r.statusCode() == 503) {
            return r.headers().firstValue("Retry-After").isPresent();
        }
        if (r.statusCode() == 502 && serviceKilled) {
            // The gateway's answer for a request the service was sent and died on; a 502 for anything else
            // (a service it has no address for) is not the fault's doing.
            JsonPath problem = JsonPath.from(r.body());
            return "urn:grassroots:problem:bad-gateway".equals(problem.getString("type"))
                    && String.valueOf(problem.getString("detail")).contains("after it was sent the request");
        }
        return false;
    }
}
