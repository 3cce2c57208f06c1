package io.grassroots.web.session;

import io.grassroots.web.WebConfig;
import io.grassroots.web.api.SessionEnded;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.ForbiddenException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is looking at the page: the user of the session cookie when its token verifies (signature,
 * issuer, expiry) against the platform's public key, else nobody. The console trusts no claim it has
 * not verified, though the gateway checks the token again on every API call.
 */
@RequestScoped
@Named("viewer")
public class Viewer {
    @Inject
    CurrentVertxRequest request;
    @Inject
    JWTParser parser;
    @Inject
    WebConfig config;

    private boolean read;
    private User user;
    private boolean stale;

    /** The signed-in user, if the cookie holds a token that still verifies. */
    public Optional<User> user() {
        if (!read) {
            read = true;
            Cookie cookie = request.getCurrent().request().getCookie(config.sessionCookie());
            if (cookie != null && !cookie.getValue().isBlank()) {
                try {
                    user = toUser(cookie.getValue(), parser.parse(cookie.getValue()));
                } catch (ParseException | RuntimeException e) {
                    // Expired or altered: the session is over, and the sign-in page says so.
                    stale = true;
                }
            }
        }
        return Optional.ofNullable(user);
    }

    /** For templates: whether someone is signed in. */
    public boolean signedIn() {
        return user().isPresent();
    }

    /** For templates: the signed-in user, or null. */
    public User current() {
        return user().orElse(null);
    }

    /** Whether a cookie came whose token no longer verifies (expired or altered). */
    public boolean stale() {
        user();
        return stale;
    }

    /** The user, who must hold one of the roles (any role when none is named). */
    public User require(Role... roles) {
        User u = user().orElseThrow(() -> new SessionEnded(stale ? SessionEnded.Reason.EXPIRED
                : SessionEnded.Reason.NONE));
        if (roles.length > 0 && !Arrays.asList(roles).contains(u.role())) {
            throw new ForbiddenException(u.username() + " (" + u.role() + ") may not see this page");
        }
        return u;
    }

    private static User toUser(String token, JsonWebToken jwt) {
        Role role = null;
        for (String group : jwt.getGroups()) {
            try {
                role = Role.valueOf(group);
                break;
            } catch (IllegalArgumentException ignored) {
                // Groups other than the platform's roles are not ours to interpret.
            }
        }
        if (role == null) {
            throw new IllegalArgumentException("the token carries no platform role");
        }
        return new User(token, jwt.getName(), role, claim(jwt, "dept"), claim(jwt, "unit"), claim(jwt, "region"),
                Instant.ofEpochSecond(jwt.getExpirationTime()));
    }

    private static String claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value == null) {
            return null;
        }
        String text = value.toString();
        // JSON string claims may come back quoted.
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
