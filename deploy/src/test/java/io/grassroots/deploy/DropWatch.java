package io.grassroots.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Counts the redeliveries the consumers' inboxes dropped during a fault, from each consumer's
 * {@code inbox_duplicates_dropped_total} on /q/metrics, read four times a second. The counter starts
 * at 0 with its process: a reading with another {@code process_start_time_seconds} than the one before
 * is a restarted service, whose whole count is new. What a killed service dropped after its last
 * reading is not seen (at most a quarter of a second's worth).
 */
final class DropWatch {
    static final List<String> CONSUMERS = List.of(Service.ASSESSMENT, Service.SHARE);
    private static final String COUNTER = "inbox_duplicates_dropped_total";
    private static final String STARTED = "process_start_time_seconds";

    private final RunningStack stack;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final Map<String, double[]> last = new ConcurrentHashMap<>();
    private final Map<String, Double> dropped = new ConcurrentHashMap<>();
    private final Set<String> withoutCounter = ConcurrentHashMap.newKeySet();
    private Thread thread;

    DropWatch(RunningStack stack) {
        this.stack = stack;
    }

    /** Takes each consumer's first reading (which counts nothing) and goes on reading in the background. */
    void start() {
        CONSUMERS.forEach(this::read);
        running.set(true);
        thread = new Thread(() -> {
            while (running.get()) {
                CONSUMERS.forEach(this::read);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "drop-watch");
        thread.start();
    }

    /** Stops after a last reading; returns the drops by consumer (all of them, 0 included). */
    Map<String, Long> stop() throws InterruptedException {
        running.set(false);
        thread.join();
        CONSUMERS.forEach(this::read);
        Map<String, Long> out = new TreeMap<>();
        CONSUMERS.forEach(c -> out.put(c, Math.round(dropped.getOrDefault(c, 0.0))));
        return out;
    }

    /** Consumers that answered /q/metrics without the counter: the suite fails on any. */
    Set<String> withoutCounter() {
        return Set.copyOf(withoutCounter);
    }

    private void read(String module) {
        String metrics;
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.url(module) + "/q/metrics"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                return;
            }
            metrics = r.body();
        } catch (IOException e) {
            return; // not running (killed, restarting): the next reading tells
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Double count = value(metrics, COUNTER);
        Double started = value(metrics, STARTED);
        if (count == null || started == null) {
            withoutCounter.add(module);
            return;
        }
        double[] before = last.put(module, new double[] { started, count });
        if (before == null) {
            return;
        }
        double fresh = before[0] == started ? count - before[1] : count;
        dropped.merge(module, Math.max(0, fresh), Double::sum);
    }

    /** The sum of a metric's samples (all its labels), or null when the text has none. */
    static Double value(String metrics, String name) {
        Double sum = null;
        for (String line : metrics.lines().toList()) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                // With tracing on, a counter's sample may carry an exemplar ("… 3.0 # {trace_id=…} 1.0 1.7E9").
                String sample = line.contains(" # ") ? line.substring(0, line.indexOf(" # ")) : line;
                double v = Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
                sum = sum == null ? v : sum + v;
            }
        }
        return sum;
    }
}
