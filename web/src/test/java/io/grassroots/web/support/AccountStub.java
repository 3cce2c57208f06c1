package io.grassroots.web.support;

import static io.grassroots.web.support.StubGateway.problem;
import static io.grassroots.web.support.StubGateway.send;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stub gateway's part for a user's own password and a coordinator's accounts, answering as the
 * gateway's PasswordResource and AccountResource do for the cases the tests name.
 */
public final class AccountStub {
    /** An account of another region: the gateway answers 404, as for anything the caller does not own. */
    public static final String FOREIGN = "fire-qingxiu";
    /** A user name the gateway has already: creating it again is a 409 EXISTS. */
    public static final String TAKEN = "taken-name";
    /** An account that is disabled, so its page offers to enable it. */
    public static final String DISABLED = "disabled-one";
    private static final Pattern ACCOUNT = Pattern.compile("/api/admin/accounts/([^/]+)(/(disable|enable|password))?");

    private AccountStub() {
    }

    static boolean answers(HttpExchange exchange, String path, String query, String body) throws IOException {
        String method = exchange.getRequestMethod();
        Matcher one = ACCOUNT.matcher(path);
        if (path.equals("/api/auth/password") && method.equals("PUT")) {
            changePassword(exchange, body);
        } else if (path.equals("/api/admin/accounts") && method.equals("POST")) {
            create(exchange, body);
        } else if (path.equals("/api/admin/accounts")) {
            send(exchange, 200, page(query));
        } else if (one.matches()) {
            String name = one.group(1);
            String action = one.group(3);
            if (name.equals(FOREIGN)) {
                send(exchange, 404, problem(404, "not-found", "account " + name + " was not found", ""));
            } else if (action == null) {
                send(exchange, 200, account(name, name.equals(DISABLED)));
            } else if (action.equals("disable") && name.startsWith("coord")) {
                send(exchange, 409, problem(409, "conflict", "you cannot disable your own account",
                        ",\"violations\":[{\"field\":null,\"rule\":\"SELF\",\"message\":\"you cannot disable your "
                                + "own account\"}]"));
            } else if (action.equals("password")) {
                String password = StubGateway.field(body, "password");
                if (password.length() < 12) {
                    send(exchange, 400, violation("password", "MIN_LENGTH", "password must have 12 characters"));
                } else {
                    empty(exchange);
                }
            } else {
                send(exchange, 200, account(name, action.equals("disable")));
            }
        } else {
            return false;
        }
        return true;
    }

    /** As AccountService.changeOwnPassword: the rules of the new one, then the current one proven, then reuse. */
    private static void changePassword(HttpExchange exchange, String body) throws IOException {
        String current = StubGateway.field(body, "currentPassword");
        String chosen = StubGateway.field(body, "newPassword");
        if (chosen.length() < 12) {
            send(exchange, 400, violation("newPassword", "MIN_LENGTH", "newPassword must have at least 12 characters"));
        } else if (!StubGateway.PASSWORD.equals(current)) {
            send(exchange, 400, violation("currentPassword", "CORRECT", "currentPassword is not your password"));
        } else if (chosen.equals(current)) {
            send(exchange, 400, violation("newPassword", "CHANGED", "newPassword must differ from the current one"));
        } else {
            empty(exchange);
        }
    }

    private static void create(HttpExchange exchange, String body) throws IOException {
        String name = StubGateway.field(body, "username");
        if (name.equals(TAKEN)) {
            send(exchange, 409, problem(409, "conflict", "account exists already",
                    ",\"violations\":[{\"field\":null,\"rule\":\"EXISTS\",\"message\":\"account exists already\"}]"));
        } else if (body.contains("\"role\":\"DEPARTMENT\"") && body.contains("\"dept\":null")) {
            send(exchange, 400, violation("dept", "REQUIRED", "dept is required"));
        } else if (!StubGateway.field(body, "region").startsWith("450102")) {
            send(exchange, 400, violation("region", "IN_REGION", "region lies outside your region 450102"));
        } else {
            send(exchange, 201, account(name, false));
        }
    }

    /** Three pages of twenty accounts; the page asked for holds one, named after the page and the role asked. */
    private static String page(String query) {
        if (query.contains("q=nobody")) {
            return "{\"items\":[],\"page\":0,\"size\":20,\"total\":0}";
        }
        Matcher m = Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        int page = m.find() ? Integer.parseInt(m.group(1)) : 0;
        String name = "acct-page" + (page + 1);
        return "{\"items\":[" + account(name, false) + "," + account(DISABLED, true) + "],\"page\":" + page
                + ",\"size\":20,\"total\":45}";
    }

    static String account(String name, boolean disabled) {
        return "{\"username\":\"" + name + "\",\"role\":\"DEPARTMENT\",\"dept\":\"450102-emergency\","
                + "\"region\":\"450102\",\"createdBy\":\"admin\",\"createdAt\":\"2026-03-01T02:00:00Z\","
                + "\"disabled\":" + disabled + (disabled ? ",\"disabledAt\":\"2026-03-02T02:00:00Z\","
                        + "\"disabledBy\":\"coord-xingning\"" : "")
                + "}";
    }

    private static String violation(String field, String rule, String message) {
        return problem(400, "invalid", message, ",\"violations\":[{\"field\":\"" + field + "\",\"rule\":\"" + rule
                + "\",\"message\":\"" + message + "\"}]");
    }

    private static void empty(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }
}
