package io.grassroots.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A stand-in for the services behind the gateway: it answers every request with what it received
 * (method, path, query, body and the headers the gateway forwards, its traceparent among them), waits
 * 3 s on paths ending in /slow, and answers 503 with a header of its own on /unavailable. inspection
 * and the web console point here (a page, any path outside /api, comes with security headers of its
 * own, as the console's do); share has three instances: a port where nothing listens, a second
 * stand-in (X-Upstream: fake-2) and this one; assessment points at a port where nothing listens.
 */
public class FakeUpstream implements QuarkusTestResourceLifecycleManager {
    public static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; frame-ancestors 'none'";
    private HttpServer server;
    private HttpServer second;

    @Override
    public Map<String, String> start() {
        try {
            server = serve("fake");
            second = serve("fake-2");
            int closed;
            try (ServerSocket probe = new ServerSocket(0)) {
                closed = probe.getLocalPort();
            }
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            String secondBase = "http://127.0.0.1:" + second.getAddress().getPort();
            String closedBase = "http://127.0.0.1:" + closed;
            return Map.of("grassroots.gateway.upstreams.inspection", base,
                    "grassroots.gateway.upstreams.share", closedBase + "," + secondBase + ", " + base + "/",
                    "grassroots.gateway.upstreams.web", base,
                    "grassroots.gateway.upstreams.assessment", "http://127.0.0.1:" + closed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpServer serve(String name) throws IOException {
        HttpServer made = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        made.setExecutor(Executors.newFixedThreadPool(4));
        made.createContext("/", exchange -> echo(exchange, name));
        made.start();
        return made;
    }

    private static void echo(HttpExchange exchange, String name) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/slow")) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String json = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\"" + path + "\",\"query\":\""
                + (exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                + "\",\"body\":\"" + body.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"authorization\":\""
                + header(exchange, "Authorization") + "\",\"requestId\":\"" + header(exchange, "X-Request-Id")
                + "\",\"forwardedFor\":\"" + header(exchange, "X-Forwarded-For") + "\",\"traceparent\":\""
                + String.join(",", exchange.getRequestHeaders().getOrDefault("traceparent", java.util.List.of()))
                + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Upstream", name);
        if (path.startsWith("/api/feeds/")) {
            // As inspection-service answers a calendar feed: personal, so no shared cache may keep it.
            exchange.getResponseHeaders().add("Cache-Control", "private, max-age=900");
        }
        if (!path.startsWith("/api/")) {
            exchange.getResponseHeaders().add("Content-Security-Policy", PAGE_POLICY);
            exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
        }
        exchange.sendResponseHeaders(path.endsWith("/unavailable") ? 503 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    @Override
    public void stop() {
        for (HttpServer running : new HttpServer[] { server, second }) {
            if (running != null) {
                running.stop(0);
            }
        }
    }
}
