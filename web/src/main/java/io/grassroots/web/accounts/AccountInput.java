package io.grassroots.web.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The new-account form as typed (never its passwords, which are not shown back), and the gateway's body
 * (its AccountInput): a department only for a department's or a team's account, a unit only for a unit's,
 * so that a value left in a box the role does not use is not refused.
 */
public record AccountInput(String username, String role, String region, String dept, String unit) {
    /** The inputs a problem's field can be shown next to. */
    static final Set<String> INPUTS = Set.of("username", "role", "region", "dept", "unit", "password",
            "confirmPassword");

    static AccountInput blank(String region) {
        return new AccountInput("", "DEPARTMENT", region, "", "");
    }

    public boolean needsDept() {
        return "DEPARTMENT".equals(role) || "TEAM".equals(role);
    }

    public boolean needsUnit() {
        return "UNIT".equals(role);
    }

    Map<String, Object> body(String password) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", trimmed(username));
        body.put("password", password == null || password.isEmpty() ? null : password);
        body.put("role", trimmed(role));
        body.put("region", trimmed(region));
        body.put("dept", needsDept() ? trimmed(dept) : null);
        body.put("unit", needsUnit() ? trimmed(unit) : null);
        return body;
    }

    /** Blanks go as null so that the gateway names the missing field. */
    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
