package io.grassroots.gateway.account;

import io.grassroots.platform.web.Violations;
import java.util.Locale;

/**
 * What a password must be, wherever one is set: on creation, on a change, on a reset. That it is given
 * and from {@link #MIN_LENGTH} to {@link #MAX_LENGTH} characters long is declared on each input record
 * (Bean Validation); that it does not contain the user name, which the record does not know, is here.
 */
public final class PasswordRules {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** Adds a violation under the field when a well-formed password contains the user name. */
    public static void check(Violations v, String field, String password, String username) {
        if (password != null && username != null && password.toLowerCase(Locale.ROOT).contains(username)) {
            v.add(field, "NOT_USERNAME", field + " must not contain the username");
        }
    }
}
