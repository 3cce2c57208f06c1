package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** 宾阳县's users at the gateway: its coordinator and a department's own account each, signed in once each. */
final class CountyAccounts {
    private final GatewayClient gateway;
    private final String county;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    CountyAccounts(GatewayClient gateway, String county) {
        this.gateway = gateway;
        this.county = county;
    }

    /** As the admin: coordinator-binyang and {@code <slug>-binyang} per department; one there already (409) will do. */
    void create(String admin, List<String[]> departments) {
        List<String> accounts = new ArrayList<>(List.of("{\"username\": \"coordinator-binyang\", \"role\": "
                + "\"COORDINATOR\", \"region\": \"" + county + "\", \"password\": \"" + DemoAccounts.PASSWORD + "\"}"));
        for (String[] d : departments) {
            accounts.add("{\"username\": \"" + d[0] + "-binyang\", \"role\": \"DEPARTMENT\", \"dept\": \"" + county
                    + "-"
                    + d[0] + "\", \"region\": \"" + county + "\", \"password\": \"" + DemoAccounts.PASSWORD + "\"}");
        }
        for (String account : accounts) {
            int status = gateway.send("POST", "/api/admin/accounts", admin, account).statusCode();
            assertTrue(status == 201 || status == 409, "account created: " + status);
        }
    }

    /** A signed-in user's token: each department signs in with its own account, once. */
    String token(String username) {
        return tokens.computeIfAbsent(username, u -> JsonPath.from(gateway.ok("POST", "/api/auth/token", null,
                "{\"username\": \"" + u + "\", \"password\": \"" + DemoAccounts.PASSWORD + "\"}"))
                .getString("access_token"));
    }
}
