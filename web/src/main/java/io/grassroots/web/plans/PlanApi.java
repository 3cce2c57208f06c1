package io.grassroots.web.plans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/** Plans read through the gateway with the user's token, mapped to what the pages show. */
@ApplicationScoped
public class PlanApi {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");

    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;

    PlanViews.Plan load(String id, User user) {
        checkId(id);
        return map(gateway.get("/api/plans/" + id, user.token()), PlanViews.Plan.class);
    }

    /** A plan id that cannot be one names nothing: 404 at once, and it never reaches the API's path. */
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
