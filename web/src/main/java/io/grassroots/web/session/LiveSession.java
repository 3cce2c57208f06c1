package io.grassroots.web.session;

import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.api.SessionEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether the platform still takes the session's token, for the pages that call no API of their own.
 * The console checks a token's signature and expiry itself; only the gateway knows that the account was
 * disabled or its password changed since, and it answers such a token with 401 whatever it is asked.
 */
@ApplicationScoped
public class LiveSession {
    /**
     * The lightest call every role may make (a short list from the directory). The gateway has no
     * "who am I" endpoint; its edge refuses a revoked token before any service sees the request.
     */
    static final String PROBE = "/api/categories";

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;

    /** The user, who must hold one of the roles (any when none is named), of a session the platform still takes. */
    public User require(Role... roles) {
        User user = viewer.require(roles);
        confirm(user);
        return user;
    }

    /** Ends the session (SessionEnded, REVOKED) when the gateway refuses the user's token. */
    public void confirm(User user) {
        GatewayClient.Answer answer;
        try {
            answer = gateway.exchange("GET", PROBE, user.token(), null);
        } catch (GatewayUnavailable e) {
            // The page itself needs nothing from the gateway; whatever the user does next will say it is down.
            return;
        }
        if (answer.status() == 401) {
            throw new SessionEnded(SessionEnded.Reason.REVOKED);
        }
    }
}
