package io.grassroots.web.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** The directory of units as forms offer it to pick from: the townships of the user's region. */
@ApplicationScoped
public class Directory {
    /** A unit as the directory names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String code, String name, String level) {
    }

    @Inject
    GatewayClient gateway;

    /**
     * The townships (streets) of the user's region, for a form's boxes; villages and others are typed
     * as codes, since a county has hundreds. Empty when the directory cannot be read: the form still
     * works with the codes typed in.
     */
    public List<Unit> townships(String region, String token) {
        List<Unit> units = new ArrayList<>();
        if (region == null) {
            return units;
        }
        try {
            JsonNode page = gateway.get(GatewayClient.path("/api/units", "under", region, "level", "TOWNSHIP",
                    "size", 200), token);
            page.path("items").forEach(u -> units.add(new Unit(u.path("code").asText(), u.path("name").asText(null),
                    u.path("level").asText(null))));
        } catch (ApiException | GatewayUnavailable e) {
            // The form still works with the codes typed in.
        }
        return units;
    }
}
