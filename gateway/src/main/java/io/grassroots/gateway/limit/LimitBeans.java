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
    SignInThrottle signInThrottle(GatewayConfig config, SharedFailureLog failures) {
        GatewayConfig.SignIn s = config.signIn();
        return new SignInThrottle(s.window(), s.slowAfter(), s.refuseAfter(), s.firstDelay(), s.maxDelay(), failures);
    }

    @Produces
    @ApplicationScoped
    @Named("per-principal")
    RateLimiter perPrincipal(GatewayConfig config, GatewayInstances instances) {
        return new RateLimiter(config.limits().perPrincipalPerMinute(), instances::alive);
    }

    @Produces
    @ApplicationScoped
    @Named("per-address")
    RateLimiter perAddress(GatewayConfig config, GatewayInstances instances) {
        return new RateLimiter(config.limits().perAddressPerMinute(), instances::alive);
    }
}
