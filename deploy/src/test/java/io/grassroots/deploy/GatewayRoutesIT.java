package io.grassroots.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.gateway.proxy.RouteTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path a service or the gateway serves, as its live OpenAPI document lists it, is routed by
 * the gateway to that very service: an endpoint added without a route would be unreachable, and one
 * routed elsewhere would reach the wrong service.
 */
@ExtendWith(StackExtension.class)
class GatewayRoutesIT {
    private static final Map<String, String> UPSTREAM_OF_MODULE = Map.of(
            Service.INSPECTION, RouteTable.INSPECTION,
            Service.SHARE, RouteTable.SHARE,
            Service.ASSESSMENT, RouteTable.ASSESSMENT,
            Service.GATEWAY, RouteTable.GATEWAY);

    @Test
    void everyApiPathOfEachServiceIsRoutedToThatService(RunningStack stack) {
        RouteTable routes = new RouteTable(RouteTable.PLATFORM);
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> e : UPSTREAM_OF_MODULE.entrySet()) {
            Map<String, Object> paths = given().baseUri(stack.url(e.getKey())).queryParam("format", "json")
                    .get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
            for (String path : paths.keySet()) {
                if (!path.startsWith("/api/")) {
                    continue;
                }
                // A path parameter stands for one segment; any value routes the same.
                String concrete = path.replaceAll("\\{[^/]+}", "x1");
                String upstream = routes.upstreamOf(concrete).orElse("none");
                checked++;
                if (!upstream.equals(e.getValue())) {
                    wrong.add(path + " of " + e.getKey() + " is routed to " + upstream);
                }
            }
        }
        assertTrue(checked >= 40, "only " + checked + " paths found in the services' documents");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }
}
