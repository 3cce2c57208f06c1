package io.grassroots.deploy;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * The demo accounts of the README, one or more per role, created through the gateway's admin API
 * as the coordinator 'admin'. Existing accounts are left as they are.
 */
final class DemoAccounts {
    /** Every demo account's password: for a local demo only; production accounts are made by coordinators. */
    static final String PASSWORD = "grassroots-demo";

    /** One demo account. */
    record Account(String username, String role, String dept, String unit, String region) {
        String json() {
            return "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\", \"role\": \"" + role
                    + "\", \"region\": \"" + region + "\"" + (dept == null ? "" : ", \"dept\": \"" + dept + "\"")
                    + (unit == null ? "" : ", \"unit\": \"" + unit + "\"") + "}";
        }
    }

    static final List<Account> ALL = List.of(
            // 兴宁区: the README's walkthrough starts from an empty county here.
            new Account("emergency-xingning", "DEPARTMENT", "450102-emergency", null, "450102"),
            new Account("fire-xingning", "DEPARTMENT", "450102-fire", null, "450102"),
            new Account("team-emergency-xingning", "TEAM", "450102-emergency", null, "450102"),
            new Account("minsheng-street", "UNIT", null, "450102001", "450102001"),
            // 青秀区: the seeded demo year.
            new Account("emergency-qingxiu", "DEPARTMENT", "450103-emergency", null, "450103"),
            new Account("fire-qingxiu", "DEPARTMENT", "450103-fire", null, "450103"),
            new Account("coordinator-qingxiu", "COORDINATOR", null, null, "450103"),
            new Account("team-emergency-qingxiu", "TEAM", "450103-emergency", null, "450103"),
            new Account("xinzhu-street", "UNIT", null, "450103001", "450103001"),
            new Account("zhongshan-street", "UNIT", null, "450103002", "450103002"),
            new Account("auditor-45", "AUDITOR", null, null, "45"));

    private final String gateway;
    private final String adminPassword;

    DemoAccounts(String gateway, String adminPassword) {
        this.gateway = gateway;
        this.adminPassword = adminPassword;
    }

    void create(PrintStream out) throws IOException, InterruptedException {
        String admin = signIn(gateway, "admin", adminPassword);
        int created = 0;
        for (Account account : ALL) {
            HttpResponse<String> response = Http.send("POST", gateway + "/api/admin/accounts", admin, account.json());
            if (response.statusCode() == 201) {
                created++;
            } else if (response.statusCode() != 409) {
                throw new IOException("could not create demo account " + account.username() + ": "
                        + response.statusCode() + " " + response.body());
            }
        }
        if (created > 0) {
            out.println("Created " + created + " demo account(s) at the gateway (password " + PASSWORD + ")");
        }
    }

    /** Creates the accounts; a failure is printed with what to do, not thrown: the platform is up either way. */
    void createOrExplain(PrintStream out) throws InterruptedException {
        try {
            create(out);
        } catch (IOException e) {
            // Without the demo accounts the walkthrough cannot sign in.
            out.println("Could not create the demo accounts: " + e.getMessage());
            if (e.getMessage().contains("/api/auth/token answered 401")) {
                out.println("The gateway's database already holds an 'admin' whose password is not this stack's ("
                        + "it was made by an earlier stack or changed since). Set PLATFORM_ADMIN_PASSWORD to that "
                        + "password, or start from empty databases with ./deploy/run --fresh.");
            }
        }
    }

    /** Signs in at the gateway and returns the bearer token. */
    static String signIn(String gateway, String username, String password) throws IOException, InterruptedException {
        String body = Http.call("POST", gateway + "/api/auth/token", null, "{\"username\": \"" + username
                + "\", \"password\": \"" + password + "\"}");
        return Http.first(body, "\"access_token\":\"([^\"]+)\"");
    }
}
