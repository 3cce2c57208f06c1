package io.grassroots.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks every application's readiness twice a second during a fault and keeps the slowest answer and
 * what each said: a probe with a short timeout must get an answer, whatever is down (an application
 * that is not running refuses the connection at once, which is an answer too). An application
 * that was refused and has not said UP since is starting: its answers are kept apart, since a
 * starting process is what a startup probe (with its own, longer allowance) waits for, and its first
 * answers come from a cold JVM on cores the load shares.
 */
final class ReadinessWatch {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final Map<String, String> urls = new TreeMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong slowest = new AtomicLong();
    private final Map<String, Long> byApplication = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> said = new ConcurrentHashMap<>();
    private final Set<String> starting = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> slowestStarting = new ConcurrentHashMap<>();
    private Thread thread;

    ReadinessWatch(RunningStack stack) {
        Service.ALL.forEach(s -> urls.put(s.module(), stack.url(s.module()) + "/q/health/ready"));
    }

    void start() {
        running.set(true);
        thread = new Thread(() -> {
            while (running.get()) {
                urls.entrySet().parallelStream().forEach(e -> probe(e.getKey(), e.getValue()));
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

    private void probe(String application, String url) {
        long started = System.nanoTime();
        String answer;
        try {
            int status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            answer = status == 200 ? "UP" : status == 503 ? "DOWN" : String.valueOf(status);
        } catch (HttpTimeoutException e) {
            answer = "no answer";
        } catch (IOException e) {
            answer = "refused";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (starting.contains(application)) {
            slowestStarting.merge(application, millis, Math::max);
        } else {
            slowest.accumulateAndGet(millis, Math::max);
            byApplication.merge(application, millis, Math::max);
        }
        if (answer.equals("refused")) {
            starting.add(application);
        } else if (answer.equals("UP")) {
            starting.remove(application);
        }
        said.computeIfAbsent(application, a -> ConcurrentHashMap.newKeySet()).add(answer);
    }

    /** The slowest answer of each application, for a failure message. */
    Map<String, Long> slowestByApplication() {
        return new TreeMap<>(byApplication);
    }

    /** The slowest answer of each application while it was starting (refused, and not UP since). */
    Map<String, Long> slowestWhileStarting() {
        return new TreeMap<>(slowestStarting);
    }

    /** What the applications that were not UP throughout said, e.g. "assessment-service UP/DOWN". */
    String summary() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(said).forEach((application, answers) -> {
            if (!answers.equals(Set.of("UP"))) {
                out.append(out.isEmpty() ? "" : ", ").append(application.replace("-service", "")).append(' ')
                        .append(String.join("/", new TreeSet<>(answers)));
            }
        });
        return out.isEmpty() ? "all UP" : out.toString();
    }
}
