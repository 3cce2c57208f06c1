package io.grassroots.gateway.health;

import io.grassroots.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
 * restarts.
 */
@Readiness
@ApplicationScoped
public class UpstreamsHealth implements HealthCheck {
    private static final Duration LIMIT = Duration.ofMillis(1500);

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(LIMIT).build();

    @Override
    public HealthCheckResponse call() {
        Map<String, CompletableFuture<String>> asked = new TreeMap<>();
        config.upstreams().forEach((service, url) -> asked.put(service, ask(url)));
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("services behind the gateway (DOWN only when "
                + "none is ready)");
        int ready = 0;
        for (Map.Entry<String, CompletableFuture<String>> e : asked.entrySet()) {
            String state;
            try {
                state = e.getValue().get(LIMIT.toMillis() + 200, TimeUnit.MILLISECONDS);
            } catch (Exception failure) {
                if (failure instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                state = "no answer within " + LIMIT.toMillis() + " ms";
            }
            if (state.equals("ready")) {
                ready++;
            }
            answer.withData(e.getKey(), state);
        }
        return answer.status(ready > 0 || asked.isEmpty()).build();
    }

    private CompletableFuture<String> ask(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.replaceAll("/+$", "") + "/q/health/ready"))
                .timeout(LIMIT).GET().build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> r.statusCode() == 200 ? "ready" : "not ready (" + r.statusCode() + ")")
                .exceptionally(failure -> "unreachable");
    }
}
