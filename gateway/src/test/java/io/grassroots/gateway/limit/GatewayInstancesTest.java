package io.grassroots.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.gateway.support.Db;
import io.grassroots.gateway.support.GatewayTestResources;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** #18: the gateway instances alive share the request rate limits. */
@QuarkusTest
class GatewayInstancesTest {
    static final Class<?> RESOURCES = GatewayTestResources.class;

    @Inject
    GatewayInstances instances;
    @Inject
    @Named("per-principal")
    RateLimiter perPrincipal;
    @Inject
    Db db;

    @Test
    void aSecondInstanceHalvesEachOnesShareAndOneGoneSilentGivesItBack() {
        instances.announce();
        assertEquals(1, instances.alive(), "this instance alone");
        UUID other = UUID.randomUUID();
        db.update("insert into gateway_instance (id, seen_at) values (?, now())", other);
        instances.announce();
        assertEquals(2, instances.alive(), "another instance announced itself");
        // per-principal is 40 a minute in tests: this instance now takes 20 of them.
        int allowed = 0;
        long now = System.nanoTime();
        while (perPrincipal.acquire("sub:shared-" + other, now).allowed()) {
            allowed++;
        }
        assertEquals(20, allowed, "half of the limit here, half there");
        db.update("update gateway_instance set seen_at = now() - interval '20 seconds' where id = ?", other);
        instances.announce();
        assertEquals(1, instances.alive(), "an instance silent for 15 s is gone");
        db.update("delete from gateway_instance where id = ?", other);
    }
}
