package io.grassroots.web.visits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Visits read through the gateway with the user's token, mapped to what the pages show. */
@ApplicationScoped
public class VisitApi {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;

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
                VisitViews.Indicator indicator = json.treeToValue(i, VisitViews.Indicator.class);
                byCode.put(indicator.code(), indicator);
            }
        } catch (ApiException | GatewayUnavailable | IOException e) {
            return Map.of();
        }
        return byCode;
    }

    /** A visit id that cannot be one names nothing: 404 at once, and it never reaches the API's path. */
    static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
    }

    <T> T map(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the API's answer does not map to " + type.getSimpleName(), e);
        }
    }
}
