package io.grassroots.gateway.limit;

import io.grassroots.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;

/** The request rate limits and the sign-in throttle, built from the gateway's configuration. */
@ApplicationScoped
public class LimitBeans {
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
