package io.grassroots.gateway.account;

import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Params;
import io.grassroots.platform.web.Violations;
import java.util.List;
import java.util.Locale;

/** Which accounts a coordinator's list shows: a role, active or disabled, and text in the name or its codes. */
public record AccountFilter(Role role, Boolean disabled, String text) {
    static final int MAX_TEXT = 64;

    /** The filter from the query string; a value the list cannot mean is a 400 naming its parameter. */
    static AccountFilter of(String role, String status, String q) {
        Violations v = new Violations();
        Role r = null;
        if (role != null && !role.isBlank()) {
            try {
                r = Role.valueOf(role.trim());
            } catch (IllegalArgumentException e) {
                v.add("role", "ONE_OF", "role must be one of " + List.of(Role.values()) + ", was "
                        + Params.shortened(role));
            }
        }
        Boolean disabled = null;
        if (status != null && !status.isBlank()) {
            switch (status.trim()) {
                case "ACTIVE" -> disabled = false;
                case "DISABLED" -> disabled = true;
                default -> v.add("status", "ONE_OF", "status must be ACTIVE or DISABLED, was "
                        + Params.shortened(status));
            }
        }
        // User names and codes are stored in lower case: the search is as case-blind as sign-in is.
        String text = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        v.maxLength("q", text, MAX_TEXT);
        v.throwIfAny();
        return new AccountFilter(r, disabled, text);
    }
}
