package io.grassroots.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The request id that every log line of a request carries (the {@code requestId} MDC key, beside
 * OpenTelemetry's {@code traceId} and {@code spanId}). The gateway keeps a caller's well-formed id or
 * makes one, and sends it on as {@code X-Request-Id}; a service takes it from there, or makes one when
 * called without it. The outbox keeps it with the events a request writes, so the services that
 * consume them log it too.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** What an id may be: short, and nothing a log line or a header could be forged with. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    public static boolean wellFormed(String id) {
        return id != null && SAFE.matcher(id).matches();
    }

    /** The caller's id when it is well-formed, else a new one. */
    public static String keptOrNew(String incoming) {
        return wellFormed(incoming) ? incoming : UUID.randomUUID().toString();
    }

    /** The id of the request (or of the event's request) being handled here, or null outside of one. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    /**
     * After the gateway's edge filter (10 000), which has set the header by then; in a service, before
     * anything that logs. The MDC lives in the request's Vert.x context, so the worker thread that
     * answers the request sees it too.
     */
    void register(@Observes Filters filters) {
        filters.register(this::tag, 5_000);
    }

    void tag(RoutingContext ctx) {
        String id = keptOrNew(ctx.request().getHeader(HEADER));
        ctx.request().headers().set(HEADER, id);
        MDC.put(MDC_KEY, id);
        ctx.next();
    }
}
