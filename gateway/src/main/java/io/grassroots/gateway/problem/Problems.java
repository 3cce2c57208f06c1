package io.grassroots.gateway.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.json.PlatformJson;
import io.grassroots.platform.web.Problem;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.List;

/** Problem responses the gateway writes itself, before or instead of a service. */
public final class Problems {
    private static final ObjectMapper JSON = PlatformJson.shared();

    private Problems() {
    }

    public static Problem tooManyRequests(String detail, String instance) {
        return new Problem("urn:grassroots:problem:rate-limited", "Too many requests", 429, detail, instance,
                List.of());
    }

    /** Seconds for a Retry-After header: at least one, rounded up. */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    public static void write(RoutingContext ctx, int status, String type, String title, String detail) {
        write(ctx, new Problem("urn:grassroots:problem:" + type, title, status, detail, ctx.request().path(),
                List.of()));
    }

    public static void write(RoutingContext ctx, Problem problem) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        try {
            response.setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(problem.status()).end();
        }
    }
}
