package io.grassroots.gateway.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The gateway's clock. The features build their own collaborators from GatewayConfig (account's
 * AccountBeans, limit's LimitBeans), so that config depends on no feature.
 */
@ApplicationScoped
public class GatewayBeans {
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
