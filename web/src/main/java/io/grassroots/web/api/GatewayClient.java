package io.grassroots.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.grassroots.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * The platform's API as the console calls it: through the gateway only, with the signed-in user's
 * token, so that the gateway's limits, revocation and each service's own checks apply to every page
 * exactly as to any other client. A 401 on a call that carried a token ends the session at once.
 */
@ApplicationScoped
public class GatewayClient {
    /** One answer: its status and JSON body (a NullNode when there was none or it was not JSON). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public ApiProblem problem() {
            return ApiProblem.of(status, body);
        }
    }

    private final WebConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final String base;

    @Inject
    public GatewayClient(WebConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        this.base = config.gatewayUrl().replaceAll("/+$", "");
    }

    /** A GET whose refusal is an exception: SessionEnded for 401, ApiException for any other error. */
    public JsonNode get(String path, String token) {
        return require(exchange("GET", path, token, null), token);
    }

    /** An answer's body as the console's record of it; a body that does not fit is the platform's trouble. */
    public <T> T map(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the API's answer does not map to " + type.getSimpleName(), e);
        }
    }

    /** A POST or PUT of a JSON body; the caller reads the answer's problem itself when it is not ok. */
    public Answer send(String method, String path, String token, Object body) {
        Answer answer = exchange(method, path, token, body);
        if (answer.status() == 401 && token != null) {
            throw new SessionEnded(SessionEnded.Reason.REVOKED);
        }
        return answer;
    }

    /** The raw exchange: no status is an exception here, only an unreachable gateway is. */
    public Answer exchange(String method, String path, String token, Object body) {
        return exchange(method, path, token, body, config.requestTimeout());
    }

    /** A POST that starts long work (a scheduling run): it may take the longer timeout. */
    public Answer sendLong(String path, String token) {
        Answer answer = exchange("POST", path, token, null, config.longRequestTimeout());
        if (answer.status() == 401 && token != null) {
            throw new SessionEnded(SessionEnded.Reason.REVOKED);
        }
        return answer;
    }

    private Answer exchange(String method, String path, String token, Object body, java.time.Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json, application/problem+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (RequestIds.current() != null) {
            request.header(RequestIds.HEADER, RequestIds.current());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("request body is not serialisable", e);
            }
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new GatewayUnavailable(method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable(method + " " + path + " interrupted", e);
        }
        return new Answer(response.statusCode(), parse(response.body()));
    }

    private JsonNode require(Answer answer, String token) {
        if (answer.ok()) {
            return answer.body();
        }
        if (answer.status() == 401 && token != null) {
            throw new SessionEnded(SessionEnded.Reason.REVOKED);
        }
        throw new ApiException(answer.problem());
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            // An HTML error page from something in between: the status alone tells what happened.
            return NullNode.getInstance();
        }
    }

    /** A path with its query from name-value pairs, leaving out absent values and encoding the rest. */
    public static String path(String path, Object... pairs) {
        StringJoiner joined = new StringJoiner("&");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null && !value.toString().isBlank()) {
                joined.add(pairs[i] + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        }
        return joined.length() == 0 ? path : path + "?" + joined;
    }
}
