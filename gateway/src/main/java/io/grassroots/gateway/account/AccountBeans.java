package io.grassroots.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The password hasher at its production work factor, for accounts and for sign-in alike. */
@ApplicationScoped
public class AccountBeans {
    @Produces
    @ApplicationScoped
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }
}
