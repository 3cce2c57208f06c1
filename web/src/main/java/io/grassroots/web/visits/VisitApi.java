package io.grassroots.web.visits;

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

/** Visits read through the gateway with the user's token, mapped to what the pages show. */
@ApplicationScoped
public class VisitApi {
    @Inject
    GatewayClient gateway;

    /** One visit as the API shows it to this user; another's is the API's 404 (an ApiException). */
    VisitViews.Visit load(String id, User user) {
        checkId(id);
        return map(gateway.get("/api/visits/" + id, user.token()), VisitViews.Visit.class);
    }

    VisitViews.VisitPage page(String query, User user) {
        return map(gateway.get(query, user.token()), VisitViews.VisitPage.class);
    }

    /**
     * The catalog's names of indicators, by code, to label a visit's materials. Without the catalog
     * the pages still work: the codes are shown as they are.
     */
    Map<String, VisitViews.Indicator> indicators(User user) {
        Map<String, VisitViews.Indicator> byCode = new LinkedHashMap<>();
        try {
            for (JsonNode i : gateway.get("/api/catalog/indicators", user.token())) {
                VisitViews.Indicator indicator = map(i, VisitViews.Indicator.class);
                byCode.put(indicator.code(), indicator);
            }
        } catch (ApiException | GatewayUnavailable | java.io.UncheckedIOException e) {
            return Map.of();
        }
        return byCode;
    }

    /** A visit id that cannot be one names nothing: 404 at once, and it never reaches the API's path. */
    static void checkId(String id) {
        ApiIds.check(id);
    }

    <T> T map(JsonNode body, Class<T> type) {
        return gateway.map(body, type);
    }
}
