package io.grassroots.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheRateIsAllowedThenRefusedUntilATokenIsBack() {
        RateLimiter limiter = new RateLimiter(60);
        long t = 5 * SECOND;
        for (int i = 0; i < 60; i++) {
            assertTrue(limiter.acquire("a", t).allowed(), "request " + i);
        }
        RateLimiter.Decision refused = limiter.acquire("a", t);
        assertFalse(refused.allowed());
        // 60 a minute is one a second.
        assertEquals(Duration.ofSeconds(1), refused.retryAfter());
        assertFalse(limiter.acquire("a", t + SECOND / 2).allowed());
        assertTrue(limiter.acquire("a", t + SECOND + SECOND / 2).allowed());
    }

    @Test
    void keysAreIndependentAndFullBucketsAreForgotten() {
        RateLimiter limiter = new RateLimiter(2);
        assertTrue(limiter.acquire("a", 0).allowed());
        assertTrue(limiter.acquire("a", 0).allowed());
        assertFalse(limiter.acquire("a", 0).allowed());
        assertTrue(limiter.acquire("b", 0).allowed());
        limiter.evictFull(10 * SECOND);
        assertEquals(2, limiter.size(), "neither bucket has refilled after 10 s at 2 a minute");
        limiter.evictFull(60 * SECOND);
        assertEquals(0, limiter.size());
    }

    @Test
    void aLimitSharedByInstancesGivesEachItsShare() {
        int[] alive = { 3 };
        RateLimiter limiter = new RateLimiter(60, () -> alive[0]);
        long t = 5 * SECOND;
        int allowed = 0;
        while (limiter.acquire("a", t).allowed()) {
            allowed++;
        }
        assertEquals(20, allowed, "60 a minute over 3 instances");
        // 20 a minute here is one every 3 s.
        assertEquals(Duration.ofSeconds(3), limiter.acquire("a", t).retryAfter());
        alive[0] = 1;
        assertTrue(limiter.acquire("b", t).allowed());
    }
}
