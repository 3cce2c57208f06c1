package io.grassroots.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings: where the services are, token lifetime, limits and the sign-in throttle. */
@ConfigMapping(prefix = "grassroots.gateway")
public interface GatewayConfig {
    /**
     * Base URLs of each application behind the gateway by name (inspection, share, assessment, web):
     * one, or several instances separated by commas, which requests take in turn.
     */
    Map<String, List<String>> upstreams();

    Proxy proxy();

    Tokens tokens();

    Limits limits();

    SignIn signIn();

    Hashing hashing();

    /** The coordinator account seeded on first start. */
    Admin admin();

    /** Timeouts towards the services. */
    interface Proxy {
        @WithDefault("2s")
        Duration connectTimeout();

        /** The longest a service may stay silent while answering before the caller gets 504. */
        @WithDefault("30s")
        Duration idleTimeout();
    }

    /** Signing: the key pair's directory (generated there on first start) and the tokens' lifetime. */
    interface Tokens {
        @WithDefault(".local/keys")
        String keyDirectory();

        @WithDefault("15m")
        Duration lifetime();

        @WithDefault("https://grassroots.local/auth")
        String issuer();
    }

    /** Requests per minute, per signed-in principal and per client address, and the body size limit. */
    interface Limits {
        @WithDefault("600")
        int perPrincipalPerMinute();

        @WithDefault("1200")
        int perAddressPerMinute();

        /** Bytes; a larger request body is refused with 413 before it reaches a service. */
        @WithDefault("2097152")
        long maxBodyBytes();

        /**
         * Characters of the request line's target (path and query); a longer one is refused with a 414
         * problem. The HTTP codec itself takes up to 64 KiB (platform-web), so that this check answers.
         */
        @WithDefault("4096")
        int maxUriLength();

        /** Bytes of all request headers together; more is refused with a 431 problem. */
        @WithDefault("20480")
        int maxHeaderBytes();
    }

    /** Failed sign-ins within the window: first slowed; the address guessing refused (never a name alone). */
    interface SignIn {
        @WithDefault("15m")
        Duration window();

        @WithDefault("3")
        int slowAfter();

        @WithDefault("10")
        int refuseAfter();

        @WithDefault("250ms")
        Duration firstDelay();

        @WithDefault("4s")
        Duration maxDelay();
    }

    /**
     * Password hashing's pool: threads that hash at once (0: half the cores, at least one, so that a
     * burst of sign-ins leaves the other cores to proxied requests) and how many more may wait.
     */
    interface Hashing {
        @WithDefault("0")
        int threads();

        @WithDefault("32")
        int queue();
    }

    /** PLATFORM_ADMIN_PASSWORD; when absent a password is generated and printed once. */
    interface Admin {
        @WithDefault("admin")
        String username();

        @WithDefault("45")
        String region();

        Optional<String> password();
    }
}
