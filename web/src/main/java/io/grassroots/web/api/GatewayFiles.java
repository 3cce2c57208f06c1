package io.grassroots.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.grassroots.web.WebConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Files to and from the platform's API, through the gateway with the user's token: a spreadsheet sent
 * on as its raw bytes with its own content type, a workbook streamed back to the browser as it comes,
 * with its name (Content-Disposition) kept. Reading and writing workbooks is the API's slow work, so
 * these calls may take the longer timeout.
 */
@ApplicationScoped
public class GatewayFiles {
    /** What of a file's answer the browser gets as it came from the API. */
    private static final List<String> KEPT = List.of("Content-Type", "Content-Disposition", "Content-Length");

    private final WebConfig config;
    private final ObjectMapper json;
    private final HttpClient http;
    private final String base;

    @Inject
    public GatewayFiles(WebConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        this.base = config.gatewayUrl().replaceAll("/+$", "");
    }

    /** A POST of a body in the given content type (a file's bytes, or JSON); 401 ends the session. */
    public GatewayClient.Answer post(String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(config.longRequestTimeout())
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(body).build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray(), path);
        if (response.statusCode() == 401) {
            throw new SessionEnded(SessionEnded.Reason.REVOKED);
        }
        return new GatewayClient.Answer(response.statusCode(), parse(response.body()));
    }

    /** A POST of a JSON body that starts slow work (filling a workbook's request). */
    public GatewayClient.Answer postJson(String path, String token, Object body) {
        try {
            return post(path, token, "application/json", HttpRequest.BodyPublishers.ofByteArray(
                    json.writeValueAsBytes(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("request body is not serialisable", e);
        }
    }

    /**
     * A file the API answers, streamed to the browser with its type and name; a refusal is an
     * ApiException (SessionEnded for 401), whose problem the page shows.
     */
    public Response download(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(config.longRequestTimeout())
                .header("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, "
                        + "application/octet-stream, application/problem+json")
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<InputStream> response = send(request, HttpResponse.BodyHandlers.ofInputStream(), path);
        if (response.statusCode() < 200 || response.statusCode() >= 300) {
            JsonNode body;
            try (InputStream in = response.body()) {
                body = parse(in.readNBytes(64 * 1024));
            } catch (IOException e) {
                body = NullNode.getInstance();
            }
            if (response.statusCode() == 401) {
                throw new SessionEnded(SessionEnded.Reason.REVOKED);
            }
            throw new ApiException(ApiProblem.of(response.statusCode(), body));
        }
        InputStream in = response.body();
        StreamingOutput stream = out -> {
            try (in) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder answer = Response.ok(stream).header("Cache-Control", "no-store");
        for (String header : KEPT) {
            response.headers().firstValue(header).ifPresent(value -> answer.header(header, value));
        }
        return answer.build();
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler, String path) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new GatewayUnavailable(request.method() + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayUnavailable(request.method() + " " + path + " interrupted", e);
        }
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return NullNode.getInstance();
        }
    }
}
