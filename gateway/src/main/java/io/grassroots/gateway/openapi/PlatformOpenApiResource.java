package io.grassroots.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.grassroots.gateway.proxy.Upstreams;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * One OpenAPI document for the platform: the gateway's own and each service's, fetched from their
 * /q/openapi and merged. A service that is down is named in {@code x-unavailable} rather than failing
 * the whole document. The Swagger UI at /q/swagger-ui shows it.
 */
@Path("/openapi")
@Tag(name = "documentation")
@PermitAll
public class PlatformOpenApiResource {
    private static final Logger LOG = Logger.getLogger(PlatformOpenApiResource.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    Upstreams upstreams;
    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The OpenAPI document of the whole platform, as reached through the gateway")
    public String document(@Context HttpServerRequest request) throws java.io.IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("gateway", "http://127.0.0.1:" + request.localAddress().port());
        // One instance of each: they serve the same document; the next request asks the next one.
        upstreams.all().keySet().forEach(name -> upstreams.inTurn(name).stream().findFirst()
                .ifPresent(base -> sources.put(name, base.toString())));
        List<String> unavailable = new ArrayList<>();
        sources.forEach((name, base) -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                        + "/q/openapi?format=json")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    documents.put(name, json.readTree(response.body()));
                    return;
                }
                unavailable.add(name);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                LOG.debugf("OpenAPI of %s not available: %s", name, e.getMessage());
                unavailable.add(name);
            }
        });
        ObjectNode merged = OpenApiMerger.merge("Grassroots burden-relief platform", "1.0", documents);
        if (!unavailable.isEmpty()) {
            merged.putPOJO("x-unavailable", unavailable);
        }
        return json.writeValueAsString(merged);
    }
}
