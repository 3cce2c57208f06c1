package io.grassroots.web.session;

import io.grassroots.web.WebConfig;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

/**
 * The session cookie: HttpOnly (no script reads the token), SameSite=Strict (no other site's page can
 * make the browser send it), Secure whenever the user's connection is TLS, here or at the gateway.
 * It has no Max-Age: it lives as long as the browser session, so that an expired token is still seen
 * and the sign-in page can say that the session expired.
 */
@ApplicationScoped
public class SessionCookies {
    @Inject
    WebConfig config;

    public NewCookie open(String token, HttpServerRequest request) {
        return base(token, request).build();
    }

    public NewCookie clear(HttpServerRequest request) {
        return base("", request).maxAge(0).build();
    }

    private NewCookie.Builder base(String value, HttpServerRequest request) {
        return new NewCookie.Builder(config.sessionCookie()).value(value).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).secure(overTls(request));
    }

    /** TLS to this application, or to the gateway in front of it (which says so in X-Forwarded-Proto). */
    static boolean overTls(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSSL() || (forwarded != null && forwarded.trim().toLowerCase().startsWith("https"));
    }
}
