package io.grassroots.gateway.account;

import io.grassroots.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The password hasher at its production work factor, run on the bounded hash pool, for accounts and sign-in alike. */
@ApplicationScoped
public class AccountBeans {
    @Produces
    @Singleton
    HashPool hashPool(GatewayConfig config) {
        return new HashPool(new PasswordHasher(), config.hashing().threads(), config.hashing().queue());
    }
}
