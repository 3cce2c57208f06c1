package io.grassroots.gateway.account;

import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Params;
import java.util.Locale;

/** Which accounts a coordinator's list shows: a role, active or disabled, and text in the name or its codes. */
public record AccountFilter(Role role, Boolean disabled, String text) {
    static final int MAX_TEXT = 64;

    /** The statuses a list may be filtered by. */
    public enum Status {
        ACTIVE, DISABLED
    }

    /**
     * The filter from the query string, whose values the resource's constraints checked ({@code @OneOf}
     * role and status, q at most {@link #MAX_TEXT} characters).
     */
    static AccountFilter of(String role, String status, String q) {
        Role r = Params.enumOf(Role.class, "role", role);
        Status s = Params.enumOf(Status.class, "status", status);
        // User names and codes are stored in lower case: the search is as case-blind as sign-in is.
        String text = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        return new AccountFilter(r, s == null ? null : s == Status.DISABLED, text);
    }
}
