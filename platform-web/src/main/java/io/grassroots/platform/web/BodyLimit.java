package io.grassroots.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body declared larger than the HTTP limit with a 413 problem before it is read: the HTTP
 * layer's own refusal is an empty 413 no exception mapper sees.
 */
@ApplicationScoped
public class BodyLimit {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize max;

    void register(@Observes Filters filters) {
        filters.register(this::check, 20_000);
    }

    void check(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = Long.MAX_VALUE;
        }
        if (length <= max.asLongValue()) {
            ctx.next();
            return;
        }
        Problem problem = new Problem("urn:grassroots:problem:body-too-large", "Request body too large", 413,
                "the request body of " + declared + " bytes exceeds the limit of " + max.asLongValue() + " bytes",
                ctx.request().path(), List.of());
        try {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(413);
        }
    }
}
