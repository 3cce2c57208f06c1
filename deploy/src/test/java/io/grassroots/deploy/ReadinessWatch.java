package io.grassroots.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks every application's readiness twice a second during a fault and keeps the slowest answer: a
 * probe with a short timeout must get one, whatever is down (an application that is not running
 * refuses the connection at once, which is an answer too).
 */
final class ReadinessWatch {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final List<String> urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong slowest = new AtomicLong();
    private final java.util.concurrent.ConcurrentHashMap<String, Long> byUrl = new java.util.concurrent.ConcurrentHashMap<>();
    private Thread thread;

    ReadinessWatch(RunningStack stack) {
        urls = Service.ALL.stream().map(s -> stack.url(s.module()) + "/q/health/ready").toList();
    }

    void start() {
        running.set(true);
        thread = new Thread(() -> {
            while (running.get()) {
                urls.parallelStream().forEach(this::probe);
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "readiness-watch");
        thread.start();
    }

    /** Stops watching; returns the slowest answer in milliseconds. */
    long stop() throws InterruptedException {
        running.set(false);
        thread.join();
        return slowest.get();
    }

    private void probe(String url) {
        long started = System.nanoTime();
        try {
            http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            slowest.accumulateAndGet(PROBE_TIMEOUT.toMillis(), Math::max);
            byUrl.merge(url, PROBE_TIMEOUT.toMillis(), Math::max);
            return;
        } catch (IOException e) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        slowest.accumulateAndGet(millis, Math::max);
        byUrl.merge(url, millis, Math::max);
    }

    /** The slowest answer of each application, for a failure message. */
    java.util.Map<String, Long> slowestByUrl() {
        return new java.util.TreeMap<>(byUrl);
    }
}
