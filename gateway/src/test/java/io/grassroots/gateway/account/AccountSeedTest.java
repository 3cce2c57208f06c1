package io.grassroots.gateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.gateway.support.GatewayTestResources;
import io.grassroots.platform.security.Role;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** #18: gateway instances starting together seed the first coordinator once, and none fails to start. */
@QuarkusTest
class AccountSeedTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Inject
    AccountService accounts;

    @Test
    void concurrentSeedsMakeOneAccountAndNoneFails() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> seeds = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                seeds.add(() -> accounts.seed("seeded-at-once", "a-long-enough-password", Role.COORDINATOR, "45"));
            }
            int seeded = 0;
            for (Future<Boolean> outcome : pool.invokeAll(seeds)) {
                seeded += outcome.get() ? 1 : 0; // a duplicate key would throw here
            }
            assertEquals(1, seeded, "exactly one of the concurrent seeds made the account");
        } finally {
            pool.shutdownNow();
        }
    }
}
