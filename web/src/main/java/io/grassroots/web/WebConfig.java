package io.grassroots.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The console's settings: where the gateway is, and the session cookie. */
@ConfigMapping(prefix = "grassroots.web")
public interface WebConfig {
    /** The gateway's base URL; every call of the platform's API goes through it, never to a service. */
    @WithDefault("http://127.0.0.1:8080")
    String gatewayUrl();

    /** The longest the console waits for the gateway before it shows "the platform does not answer". */
    @WithDefault("10s")
    Duration requestTimeout();

    /**
     * The longest the console waits for long work it starts and shows as running (a scheduling run); the
     * gateway's own idle timeout (30 s by default) ends such a call first.
     */
    @WithDefault("60s")
    Duration longRequestTimeout();

    /** Name of the HttpOnly, SameSite=Strict cookie that holds the signed-in user's token. */
    @WithDefault("grassroots_session")
    String sessionCookie();
}
