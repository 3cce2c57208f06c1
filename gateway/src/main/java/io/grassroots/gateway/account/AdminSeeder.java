package io.grassroots.gateway.account;

import io.grassroots.gateway.config.GatewayConfig;
import io.grassroots.platform.security.Role;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import org.jboss.logging.Logger;

/**
 * Seeds the first coordinator on an empty account table, so someone can sign in and create the rest.
 * Its password is PLATFORM_ADMIN_PASSWORD, or one generated here and printed this once.
 */
@ApplicationScoped
public class AdminSeeder {
    private static final Logger LOG = Logger.getLogger(AdminSeeder.class);

    @Inject
    AccountService accounts;
    @Inject
    GatewayConfig config;

    void onStart(@Observes StartupEvent start) {
        GatewayConfig.Admin admin = config.admin();
        boolean generated = admin.password().isEmpty();
        String password = admin.password().orElseGet(AdminSeeder::generate);
        if (accounts.seed(admin.username(), password, Role.COORDINATOR, admin.region())) {
            if (generated) {
                LOG.infof("Seeded coordinator '%s' for region %s with the generated password %s (shown once; set "
                        + "PLATFORM_ADMIN_PASSWORD to choose it)", admin.username(), admin.region(), password);
            } else {
                LOG.infof("Seeded coordinator '%s' for region %s with PLATFORM_ADMIN_PASSWORD", admin.username(),
                        admin.region());
            }
        }
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
