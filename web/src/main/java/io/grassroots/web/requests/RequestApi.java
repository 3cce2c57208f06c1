package io.grassroots.web.requests;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiIds;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Data requests, the catalog and the region's units, read through the gateway with the user's token. */
@ApplicationScoped
public class RequestApi {
    @Inject
    GatewayClient gateway;

    RequestViews.Request load(String id, User user) {
        checkId(id);
        return map(gateway.get("/api/data-requests/" + id, user.token()), RequestViews.Request.class);
    }

    /** An id that cannot be one names nothing: 404 at once, and it never reaches the API's path. */
    static void checkId(String id) {
        ApiIds.check(id);
    }

    /** The catalog by code; empty when it cannot be read, so that a page still shows the codes. */
    Map<String, RequestViews.Indicator> catalog(User user) {
        Map<String, RequestViews.Indicator> byCode = new LinkedHashMap<>();
        try {
            for (JsonNode i : gateway.get("/api/catalog/indicators", user.token())) {
                RequestViews.Indicator indicator = map(i, RequestViews.Indicator.class);
                byCode.put(indicator.code(), indicator);
            }
        } catch (ApiException | GatewayUnavailable e) {
            // The codes are still meaningful to a department; the page must not fail for want of names.
        }
        return byCode;
    }

    <T> T map(JsonNode body, Class<T> type) {
        return gateway.map(body, type);
    }
}
