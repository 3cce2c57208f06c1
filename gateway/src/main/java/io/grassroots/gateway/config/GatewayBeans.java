package io.grassroots.gateway.config;

import io.grassroots.gateway.auth.PasswordHasher;
import io.grassroots.gateway.auth.SignInThrottle;
import io.grassroots.gateway.limit.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import java.time.Clock;

/** The gateway's plain-Java collaborators, built from its configuration. */
@ApplicationScoped
public class GatewayBeans {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Produces
    @ApplicationScoped
    SignInThrottle signInThrottle(GatewayConfig config) {
        GatewayConfig.SignIn s = config.signIn();
        return new SignInThrottle(s.window(), s.slowAfter(), s.refuseAfter(), s.firstDelay(), s.maxDelay());
    }

    @Produces
    @ApplicationScoped
    @Named("per-principal")
    RateLimiter perPrincipal(GatewayConfig config) {
        return new RateLimiter(config.limits().perPrincipalPerMinute());
    }

    @Produces
    @ApplicationScoped
    @Named("per-address")
    RateLimiter perAddress(GatewayConfig config) {
        return new RateLimiter(config.limits().perAddressPerMinute());
    }
}
