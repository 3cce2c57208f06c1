package io.grassroots.gateway.account;

import io.grassroots.platform.web.Violations;
import java.util.Locale;

/**
 * What a password must be, wherever one is set: on creation, on a change, on a reset. That it is given
 * and at most {@link #MAX_LENGTH} characters long is declared on each input record (Bean Validation);
 * the rest is here. The minimum stays here too: Bean Validation's {@code @Size} would be reported as
 * MAX_LENGTH, not MIN_LENGTH.
 */
public final class PasswordRules {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    /** Adds a violation under the field for each rule a well-formed password breaks. */
    public static void check(Violations v, String field, String password, String username) {
        if (password == null) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            v.add(field, "MIN_LENGTH", field + " must have at least " + MIN_LENGTH + " characters");
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username)) {
            v.add(field, "NOT_USERNAME", field + " must not contain the username");
        }
    }
}
