package io.grassroots.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Collection;

/**
 * A well-behaved client of the gateway for load-like tests: it waits out a 429 for the time the
 * gateway names and repeats a 409 that says it may be retried, as a real client would; it records
 * every 5xx, which must never happen.
 */
final class GatewayClient {
    private final String base;
    private final Collection<String> serverErrors;
    private final HttpClient http;

    GatewayClient(String base, Collection<String> serverErrors) {
        this(base, serverErrors, null);
    }

    /** Over a client of the caller's (its own connections), or the launcher's shared one when null. */
    GatewayClient(String base, Collection<String> serverErrors, HttpClient http) {
        this.base = base;
        this.serverErrors = serverErrors;
        this.http = http;
    }

    /** The final answer after waiting out limits and retrying races. */
    HttpResponse<String> send(String method, String path, String token, String body) {
        try {
            for (int attempt = 1;; attempt++) {
                HttpResponse<String> r = http == null ? Http.send(method, base + path, token, body)
                        : Http.send(http, method, base + path, token, body);
                if (r.statusCode() >= 500) {
                    serverErrors.add(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
                    return r;
                }
                boolean limited = r.statusCode() == 429;
                boolean race = r.statusCode() == 409 && r.body().contains("\"RETRY\"");
                if (!(limited || race) || attempt == 30) {
                    return r;
                }
                long seconds = r.headers().firstValueAsLong("Retry-After").orElse(1);
                Thread.sleep(limited ? seconds * 1000 : 50L * attempt);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a 2xx answer; anything else fails the test with what the gateway said. */
    String ok(String method, String path, String token, String body) {
        HttpResponse<String> r = send(method, path, token, body);
        if (r.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }
}
