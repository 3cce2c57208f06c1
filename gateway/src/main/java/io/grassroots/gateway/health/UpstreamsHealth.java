package io.grassroots.gateway.health;

import io.grassroots.gateway.proxy.Upstreams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Whether the services the gateway routes to are ready, asked all at once with a 1.5 s limit so that
 * the answer comes within 2 s whatever is down. Each service's state is in the data; the check is
 * DOWN only when none is ready, since the gateway still serves the others (and sign-in) while one
 * restarts. A service with several instances is ready when one is; the data says how many are.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealth implements HealthCheck {
    private static final Duration LIMIT = Duration.ofMillis(1500);

    @Inject
    Upstreams upstreams;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(LIMIT).build();

    @Override
    public HealthCheckResponse call() {
        Map<String, List<CompletableFuture<String>>> asked = new TreeMap<>();
        upstreams.all().forEach((service, instances) -> asked.put(service, instances.stream().map(this::ask).toList()));
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("services behind the gateway (DOWN only when "
                + "none is ready)");
        long deadline = System.nanoTime() + LIMIT.plusMillis(200).toNanos();
        int ready = 0;
        for (Map.Entry<String, List<CompletableFuture<String>>> e : asked.entrySet()) {
            List<String> states = e.getValue().stream().map(state -> answer(state, deadline)).toList();
            long readyInstances = states.stream().filter("ready"::equals).count();
            if (readyInstances > 0) {
                ready++;
            }
            answer.withData(e.getKey(), summary(states, readyInstances));
        }
        return answer.status(ready > 0 || asked.isEmpty()).build();
    }

    /** "ready" when every instance is; else what each said, e.g. "ready on 1 of 2 (unreachable, ready)". */
    private static String summary(List<String> states, long readyInstances) {
        if (states.size() == 1) {
            return states.get(0);
        }
        if (readyInstances == states.size()) {
            return "ready";
        }
        return (readyInstances == 0 ? "not ready on any of " + states.size()
                : "ready on " + readyInstances + " of " + states.size()) + " (" + String.join(", ", states) + ")";
    }

    private static String answer(CompletableFuture<String> state, long deadline) {
        try {
            return state.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return "no answer within " + LIMIT.toMillis() + " ms";
        }
    }

    private CompletableFuture<String> ask(URI base) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                .timeout(LIMIT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "ready" : "not ready (" + r.statusCode() + ")")
                .exceptionally(failure -> "unreachable");
    }
}
