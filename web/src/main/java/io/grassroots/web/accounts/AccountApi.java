package io.grassroots.web.accounts;

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

/** The gateway's account administration, called with the coordinator's token. */
@ApplicationScoped
public class AccountApi {
    /** As the gateway checks a new user name; nothing else can name an account. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final String BASE = "/api/admin/accounts";

    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;

    /** One account of the coordinator's region; another region's is the gateway's 404. */
    AccountViews.Account load(String username, User user) {
        return map(gateway.get(path(username), user.token()), AccountViews.Account.class);
    }

    /** The account's path at the gateway; a name that cannot be one is a 404 at once and never reaches it. */
    static String path(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new NotFoundException();
        }
        return BASE + "/" + username;
    }

    /** The account's page in the console, for a name the gateway gave back. */
    static String page(String username) {
        path(username);
        return "/accounts/" + username;
    }

    <T> T map(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException("the API's answer does not map to " + type.getSimpleName(), e);
        }
    }
}
