package io.grassroots.gateway.proxy;

import io.grassroots.gateway.config.GatewayConfig;
import io.grassroots.gateway.problem.Problems;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The reverse proxy: an {@code /api} request goes to the service that owns its path, and every other
 * path but {@code /openapi} and {@code /q/} to the web console, streamed both ways, with the caller's
 * token, the request id and forwarding headers; a service's instances take requests in turn, and one
 * that cannot be reached hands its request to the next. A service none of whose instances can be
 * reached gives 503 with Retry-After (it is restarting or away: nothing was done, try again shortly); one that fails after
 * it was sent the request 502, and one that stays silent too long 504 (it may have done the work:
 * read before writing again).
 */
@ApplicationScoped
public class ProxyRoute {
    private static final Logger LOG = Logger.getLogger(ProxyRoute.class);
    /** Connection-level headers (RFC 9110 section 7.6.1) belong to one hop and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host",
            // The edge sets the security headers on every answer itself: a service's copies would repeat them.
            "x-content-type-options", "referrer-policy", "x-frame-options", "content-security-policy");
    /**
     * The same for the console's answers, less the Content-Security-Policy: the edge sets one on /api
     * only, and a page's policy (which scripts and styles it may load) is the console's to say.
     */
    private static final Set<String> HOP_BY_HOP_OF_PAGES = HOP_BY_HOP.stream()
            .filter(h -> !h.equals("content-security-policy")).collect(Collectors.toUnmodifiableSet());
    /**
     * The caller's trace context is not copied: the proxy's HTTP client is traced (OpenTelemetry's Vert.x
     * instrumentation) and sends the service a traceparent of its own span, a child of the gateway's span
     * of the request, which continues the caller's trace. A copy would reach the service as a second one.
     */
    private static final Set<String> NOT_FORWARDED = Stream.concat(HOP_BY_HOP.stream(),
            Stream.of("traceparent", "tracestate")).collect(Collectors.toUnmodifiableSet());

    private final RouteTable routes = new RouteTable(RouteTable.PLATFORM);

    @Inject
    GatewayConfig config;
    @Inject
    Vertx vertx;

    @Inject
    Upstreams upstreams;

    private HttpClient client;

    void register(@Observes Router router) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.proxy().connectTimeout().toMillis())
                .setKeepAlive(true).setMaxPoolSize(64).setDecompressionSupported(false));
        router.route("/api/*").order(-100).handler(this::forward);
        router.route("/*").order(-99).handler(this::forwardPage);
    }

    void forwardPage(RoutingContext ctx) {
        if (RouteTable.isConsolePath(ctx.normalizedPath())) {
            forward(ctx, RouteTable.WEB);
        } else {
            ctx.next();
        }
    }

    void forward(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<String> owner = routes.upstreamOf(path);
        if (owner.isEmpty()) {
            Problems.write(ctx, 404, "not-found", "Not found", "no API at " + path);
            return;
        }
        if (RouteTable.GATEWAY.equals(owner.get())) {
            ctx.next();
            return;
        }
        forward(ctx, owner.get());
    }

    private void forward(RoutingContext ctx, String service) {
        List<URI> instances = upstreams.inTurn(service);
        if (instances.isEmpty()) {
            Problems.write(ctx, 502, "bad-gateway", "Service not configured", "no address for " + service);
            return;
        }
        ctx.request().pause();
        connect(ctx, service, instances, 0);
    }

    /**
     * Connects to the service's instances in turn: one that cannot be reached was sent nothing, so the
     * request goes to the next one; when none can be reached the caller gets 503.
     */
    private void connect(RoutingContext ctx, String service, List<URI> instances, int attempt) {
        HttpServerRequest in = ctx.request();
        URI upstream = instances.get(attempt);
        String query = in.query();
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(upstream.getHost())
                .setPort(upstream.getPort()).setURI(ctx.normalizedPath() + (query == null ? "" : "?" + query))
                .setIdleTimeout(config.proxy().idleTimeout().toMillis());
        client.request(options).onFailure(failure -> {
            if (attempt + 1 < instances.size()) {
                LOG.debugf("%s at %s cannot be reached (%s): the next instance takes the request", service,
                        upstream, failure.getMessage());
                connect(ctx, service, instances, attempt + 1);
                return;
            }
            in.resume();
            unavailable(ctx, service, failure, false);
        }).onSuccess(out -> send(ctx, in, out, service));
    }

    private void send(RoutingContext ctx, HttpServerRequest in, HttpClientRequest out, String service) {
        copy(in.headers(), out.headers(), NOT_FORWARDED);
        String address = in.remoteAddress() == null ? "" : in.remoteAddress().host();
        String forwarded = in.getHeader("X-Forwarded-For");
        out.putHeader("X-Forwarded-For", forwarded == null ? address : forwarded + ", " + address);
        out.putHeader("X-Forwarded-Proto", in.scheme());
        out.putHeader("X-Forwarded-Host", String.valueOf(in.authority()));
        long limit = config.limits().maxBodyBytes();
        ReadStream<Buffer> body = in.getHeader(HttpHeaders.CONTENT_LENGTH) != null ? in
                : new LimitedBody(in, limit, () -> {
                    Problems.write(ctx, 413, "body-too-large", "Request body too large", "the request body "
                            + "exceeds the limit of " + limit + " bytes");
                    out.reset();
                });
        out.send(body).onFailure(failure -> {
            if (!ctx.response().ended()) {
                unavailable(ctx, service, failure, true);
            }
        }).onSuccess(response -> {
            HttpServerResponse res = ctx.response();
            res.setStatusCode(response.statusCode());
            res.setStatusMessage(response.statusMessage());
            copy(response.headers(), res.headers(),
                    RouteTable.WEB.equals(service) ? HOP_BY_HOP_OF_PAGES : HOP_BY_HOP);
            if (response.getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                res.setChunked(true);
            }
            response.pipeTo(res).onFailure(failure -> LOG.debugf("streaming %s's answer ended early: %s", service,
                    failure.getMessage()));
        });
    }

    /**
     * A service that could not be reached did nothing: 503, retry. One that was sent the request and
     * then failed may have done the work: 502 (or 504), without an invitation to send it again.
     */
    private static void unavailable(RoutingContext ctx, String service, Throwable failure, boolean sent) {
        boolean timeout = failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("timeout");
        LOG.warnf("%s %s: %s did not answer: %s", ctx.request().method(), RouteTable.redacted(ctx.request().path()),
                service,
                failure.getMessage());
        if (timeout) {
            Problems.write(ctx, 504, "gateway-timeout", "Service timed out", service + " did not answer in time");
        } else if (sent) {
            Problems.write(ctx, 502, "bad-gateway", "Service failed", service + " stopped answering after it "
                    + "was sent the request, which may have been done; read the state before sending it again");
        } else {
            ctx.response().putHeader("Retry-After", "5");
            Problems.write(ctx, 503, "unavailable", "Service unavailable", service
                    + " cannot be reached; nothing was done; retry in a few seconds");
        }
    }

    private static void copy(MultiMap from, MultiMap to, Set<String> dropped) {
        for (Map.Entry<String, String> header : from) {
            if (!dropped.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        }
    }
}
