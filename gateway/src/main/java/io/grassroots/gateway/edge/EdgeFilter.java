package io.grassroots.gateway.edge;

import io.grassroots.gateway.account.RevokedTokens;
import io.grassroots.gateway.config.GatewayConfig;
import io.grassroots.gateway.limit.RateLimiter;
import io.grassroots.gateway.problem.Problems;
import io.grassroots.gateway.proxy.RouteTable;
import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.Problem;
import io.grassroots.platform.web.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * What every request meets first: a request id (kept from the caller when well-formed, else made
 * here) on the request and its response, an access-log line, the per-address and per-principal rate
 * limits, the declared body size limit (the proxy counts undeclared ones), and early rejection of a
 * token that does not verify or was revoked.
 */
@ApplicationScoped
public class EdgeFilter {
    public static final String REQUEST_ID = RequestIds.HEADER;
    /** Routing-context key of the verified caller's subject, when the request carried a valid token. */
    public static final String PRINCIPAL = "grassroots.principal";
    private static final Logger ACCESS = Logger.getLogger("io.grassroots.gateway.access");

    @Inject
    GatewayConfig config;
    @Inject
    JWTParser jwt;
    @Inject
    RevokedTokens revoked;
    @Inject
    @Named("per-principal")
    RateLimiter perPrincipal;
    @Inject
    @Named("per-address")
    RateLimiter perAddress;

    void register(@Observes Filters filters) {
        filters.register(this::handle, 10_000);
    }

    void handle(RoutingContext ctx) {
        if (ctx.get(REQUEST_ID) != null) {
            // A rerouted request (e.g. the Swagger UI's index) has been through here once already.
            ctx.next();
            return;
        }
        long started = System.nanoTime();
        String id = RequestIds.keptOrNew(ctx.request().getHeader(REQUEST_ID));
        ctx.put(REQUEST_ID, id);
        // Every log line of this request carries it, the refusals below included.
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.request().headers().set(REQUEST_ID, id);
        ctx.addHeadersEndHandler(v -> ctx.response().headers().set(REQUEST_ID, id));
        String address = ctx.request().remoteAddress() == null ? "-" : ctx.request().remoteAddress().host();
        ctx.addEndHandler(v -> ACCESS.infof("%s %s %s %d %d ms user=%s id=%s", address, ctx.request().method(),
                RouteTable.redacted(ctx.request().uri()), ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000,
                ctx.get(PRINCIPAL, "-"), id));

        if (ctx.request().uri().length() > config.limits().maxUriLength()) {
            // The instance is cut short: a problem body stays small whatever was sent.
            Problems.write(ctx, new Problem("urn:grassroots:problem:uri-too-long", "URI too long", 414,
                    "the path and query of " + ctx.request().uri().length() + " characters exceed the limit of "
                            + config.limits().maxUriLength(),
                    Params.shortened(ctx.request().path()), List.of()));
            return;
        }
        int headerBytes = headerBytes(ctx);
        if (headerBytes > config.limits().maxHeaderBytes()) {
            Problems.write(ctx, 431, "headers-too-large", "Request headers too large", "the request headers of "
                    + headerBytes + " bytes exceed the limit of " + config.limits().maxHeaderBytes() + " bytes");
            return;
        }
        String path = ctx.normalizedPath();
        if (path.startsWith("/q/")) {
            // Health, metrics and the API documents stay reachable for operators and probes.
            ctx.next();
            return;
        }
        RateLimiter.Decision byAddress = perAddress.acquire("addr:" + address, System.nanoTime());
        if (!byAddress.allowed()) {
            tooMany(ctx, byAddress, "too many requests from " + address);
            return;
        }
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long max = config.limits().maxBodyBytes();
        if (length != null && parseLength(length) > max) {
            Problems.write(ctx, 413, "body-too-large", "Request body too large", "the request body of " + length
                    + " bytes exceeds the limit of " + max + " bytes");
            return;
        }
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            JsonWebToken token;
            try {
                token = jwt.parse(authorization.substring(7).trim());
            } catch (ParseException e) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                Problems.write(ctx, 401, "unauthorized", "Not signed in",
                        "the bearer token is not valid: expired, altered, or not signed by this platform");
                return;
            }
            if (revoked.isRevoked(token.getSubject(), token.getIssuedAtTime())) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                Problems.write(ctx, 401, "unauthorized", "Not signed in", "the bearer token was revoked: the account "
                        + "was disabled or its password changed since it was issued; sign in again");
                return;
            }
            ctx.put(PRINCIPAL, token.getSubject());
            RateLimiter.Decision byPrincipal = perPrincipal.acquire("sub:" + token.getSubject(), System.nanoTime());
            if (!byPrincipal.allowed()) {
                tooMany(ctx, byPrincipal, "too many requests by " + token.getSubject());
                return;
            }
        }
        ctx.next();
    }

    private static void tooMany(RoutingContext ctx, RateLimiter.Decision decision, String detail) {
        long seconds = Problems.retryAfterSeconds(decision.retryAfter());
        ctx.response().putHeader("Retry-After", Long.toString(seconds));
        Problems.write(ctx, Problems.tooManyRequests(detail + "; retry in " + seconds + " s", ctx.request().path()));
    }

    private static int headerBytes(RoutingContext ctx) {
        int bytes = 0;
        for (var header : ctx.request().headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }

    private static long parseLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
