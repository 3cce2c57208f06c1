package io.grassroots.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than the HTTP limit with a 413 problem: one declared so before it is read,
 * and one sent in chunks once the HTTP layer has counted past the limit (its own refusal is an empty
 * 413 that no exception mapper sees).
 */
@ApplicationScoped
public class BodyLimit {
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize max;

    void register(@Observes Filters filters) {
        filters.register(this::check, 20_000);
    }

    void failures(@Observes Router router) {
        router.route().failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                refuse(ctx, "the request body exceeds the limit of " + max.asLongValue() + " bytes");
            } else {
                ctx.next();
            }
        });
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
        refuse(ctx, "the request body of " + declared + " bytes exceeds the limit of " + max.asLongValue() + " bytes");
    }

    private void refuse(RoutingContext ctx, String detail) {
        Problem problem = new Problem("urn:grassroots:problem:body-too-large", "Request body too large", 413,
                detail, ctx.request().path(), List.of());
        try {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(413);
        }
    }
}
