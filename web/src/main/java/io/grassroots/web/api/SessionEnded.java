package io.grassroots.web.api;

/**
 * The session cannot go on: its token expired, does not verify, or the API refused it with 401 (the
 * account was disabled or its password changed). The reason selects the message on the sign-in page.
 */
public class SessionEnded extends RuntimeException {
    /** Why the user must sign in (again). */
    public enum Reason {
        /** No session at all: sign in, no reproach. */
        NONE,
        /** The token expired or no longer verifies. */
        EXPIRED,
        /** The platform refused the token: account disabled or password changed. */
        REVOKED
    }

    private final Reason reason;

    public SessionEnded(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
