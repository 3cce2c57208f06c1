package io.grassroots.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiIds;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Plans read through the gateway with the user's token, mapped to what the pages show. */
@ApplicationScoped
public class PlanApi {
    @Inject
    GatewayClient gateway;

    PlanViews.Plan load(String id, User user) {
        checkId(id);
        return map(gateway.get("/api/plans/" + id, user.token()), PlanViews.Plan.class);
    }

    /** A plan id that cannot be one names nothing: 404 at once, and it never reaches the API's path. */
    static void checkId(String id) {
        ApiIds.check(id);
    }

    <T> T map(JsonNode body, Class<T> type) {
        return gateway.map(body, type);
    }
}
