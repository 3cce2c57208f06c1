package io.grassroots.web.forms;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiIds;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** A department's forms, their rows and the catalog to map columns to, read through the gateway. */
@ApplicationScoped
public class FormApi {
    /** Rows a page of the list of all rows shows. */
    static final int ROWS_PAGE_SIZE = 50;

    @Inject
    GatewayClient gateway;

    /** The form; an id that cannot be one never reaches the API (404 at once). */
    FormViews.Form load(String id, User user) {
        ApiIds.check(id);
        return gateway.map(gateway.get("/api/forms/" + id, user.token()), FormViews.Form.class);
    }

    FormViews.FormPage list(String status, int page, int size, User user) {
        return gateway.map(gateway.get(GatewayClient.path("/api/forms", "page", page, "size", size, "status", status),
                user.token()), FormViews.FormPage.class);
    }

    FormViews.RowPage rows(String id, RowFilter filter, User user) {
        return gateway.map(gateway.get(GatewayClient.path("/api/forms/" + id + "/rows", "page", filter.page(),
                "size", ROWS_PAGE_SIZE, "match", filter.match()), user.token()), FormViews.RowPage.class);
    }

    /** The catalog's indicators (code and name); empty when it cannot be read, the proposal still shows. */
    List<FormViews.Indicator> catalog(User user) {
        List<FormViews.Indicator> indicators = new ArrayList<>();
        try {
            JsonNode body = gateway.get("/api/catalog/indicators", user.token());
            (body.isArray() ? body : body.path("items")).forEach(i -> indicators.add(new FormViews.Indicator(
                    i.path("code").asText(), i.path("name").asText(i.path("code").asText()))));
        } catch (ApiException | GatewayUnavailable e) {
            // The proposal's own indicators are offered still; the department can map the rest later.
        }
        return indicators;
    }

    /** The list of all rows as the page's query gives it: a match the API knows, and a page. */
    public record RowFilter(String formId, String match, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/forms/" + formId, "match", match, "rowsPage", toPage == 0 ? null : toPage);
        }
    }
}
