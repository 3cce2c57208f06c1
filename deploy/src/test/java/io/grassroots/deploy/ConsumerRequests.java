package io.grassroots.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fetch and offset-commit requests the consuming services' Kafka consumers made, from their /q/metrics
 * (all channels summed), so a phase can print what it cost the broker in requests beside its CPU.
 */
final class ConsumerRequests {
    private static final String FETCHES = "kafka_consumer_fetch_manager_fetch_total";
    private static final String COMMITS = "kafka_consumer_coordinator_commit_total";

    private final HttpClient http = HttpClient.newHttpClient();
    private final StackLayout layout;
    private final List<String> modules;

    ConsumerRequests(StackLayout layout, List<String> modules) {
        this.layout = layout;
        this.modules = modules;
    }

    /** Per module, {fetches, commits} so far; a module that did not answer is left out. */
    Map<String, double[]> sample() throws InterruptedException {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String module : modules) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(layout.url(module) + "/q/metrics"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 200) {
                    continue;
                }
                Double fetches = DropWatch.value(r.body(), FETCHES);
                Double commits = DropWatch.value(r.body(), COMMITS);
                if (fetches != null && commits != null) {
                    out.put(module, new double[] { fetches, commits });
                }
            } catch (IOException e) {
                // Not answering: the line says so by leaving the module out.
            }
        }
        return out;
    }

    /** One line: each module's fetches and offset commits per second between two samples. */
    static String describe(Map<String, double[]> before, Map<String, double[]> after, double seconds) {
        StringBuilder line = new StringBuilder("  consumer requests per second:");
        after.forEach((module, now) -> {
            double[] then = before.get(module);
            if (then != null) {
                line.append(String.format(" %s fetches %.1f, offset commits %.1f;", module,
                        (now[0] - then[0]) / seconds, (now[1] - then[1]) / seconds));
            }
        });
        return line.toString();
    }
}
