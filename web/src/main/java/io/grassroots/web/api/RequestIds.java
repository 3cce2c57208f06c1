package io.grassroots.web.api;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The console's request id, in every log line of a request ({@code requestId} in the MDC) and sent on
 * to the gateway as {@code X-Request-Id}, which keeps a well-formed id: so one id follows a page's
 * calls from the console through the gateway to the services (platform-web's RequestIds, which the
 * console does not depend on, does the same there).
 */
@ApplicationScoped
public class RequestIds {
    static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    /** The id of the request being answered, or null outside of one. */
    static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }

    void register(@Observes Filters filters) {
        filters.register(this::tag, 5_000);
    }

    void tag(RoutingContext ctx) {
        String incoming = ctx.request().getHeader(HEADER);
        MDC.put(MDC_KEY, incoming != null && SAFE.matcher(incoming).matches() ? incoming
                : UUID.randomUUID().toString());
        ctx.next();
    }
}
