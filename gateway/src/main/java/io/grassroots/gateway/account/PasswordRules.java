package io.grassroots.gateway.account;

import io.grassroots.platform.web.Violations;
import java.util.Locale;

/** What a password must be, wherever one is set: on creation, on a change, on a reset. */
public final class PasswordRules {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** Adds a violation under the field for each rule the password breaks. */
    public static void check(Violations v, String field, String password, String username) {
        if (!v.required(field, password)) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            v.add(field, "MIN_LENGTH", field + " must have at least " + MIN_LENGTH + " characters");
        } else if (password.length() > MAX_LENGTH) {
            v.add(field, "MAX_LENGTH", field + " must have at most " + MAX_LENGTH + " characters");
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username)) {
            v.add(field, "NOT_USERNAME", field + " must not contain the username");
        }
    }
}
