package io.grassroots.gateway.limit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;

/** Forgets idle rate-limit buckets and stale sign-in failures, so what is kept follows recent traffic only. */
@ApplicationScoped
public class LimitHousekeeping {
    @Inject
    @Named("per-principal")
    RateLimiter perPrincipal;
    @Inject
    @Named("per-address")
    RateLimiter perAddress;
    @Inject
    SignInThrottle throttle;
    @Inject
    Clock clock;

    @Scheduled(every = "1m", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void evict() {
        long now = System.nanoTime();
        perPrincipal.evictFull(now);
        perAddress.evictFull(now);
        throttle.evictIdle(Instant.now(clock));
    }
}
