package io.grassroots.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final SignInThrottle throttle = new SignInThrottle(Duration.ofMinutes(15), 3, 6, Duration.ofMillis(250),
            Duration.ofSeconds(1), new MemoryFailureLog());
    private final Instant t0 = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void failuresAreFreeThenSlowedDoublingToTheCeilingThenRefused() {
        Duration[] expected = { Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofMillis(250),
                Duration.ofMillis(500), Duration.ofSeconds(1) };
        for (int i = 0; i < expected.length; i++) {
            SignInThrottle.Verdict verdict = throttle.check(t0.plusSeconds(i), "a", "10.0.0.1");
            assertFalse(verdict.refused(), "attempt " + i);
            assertEquals(expected[i], verdict.delay(), "attempt " + i);
            throttle.failed(t0.plusSeconds(i), "a", "10.0.0.1");
        }
        SignInThrottle.Verdict refused = throttle.check(t0.plusSeconds(10), "a", "10.0.0.1");
        assertTrue(refused.refused(), "the address that guessed is refused for this name");
        // The first failure (at t0) leaves the 15-minute window at t0 + 15 min.
        assertEquals(Duration.ofMinutes(15).minusSeconds(10), refused.retryAfter());
        SignInThrottle.Verdict elsewhere = throttle.check(t0.plusSeconds(10), "a", "10.0.0.2");
        assertFalse(elsewhere.refused(), "the name itself is never locked: its owner signs in from elsewhere");
        assertEquals(Duration.ofSeconds(1), elsewhere.delay(), "after waiting the ceiling");
        assertFalse(throttle.check(t0.plus(Duration.ofMinutes(15)).plusSeconds(1), "a", "10.0.0.1").refused());
        assertEquals(Duration.ZERO, throttle.check(t0.plusSeconds(10), "b", "10.0.0.1").delay(),
                "six failures are well within one address's allowance");
    }

    /** #13: ten wrong passwords from ten addresses used to lock the owner out for 15 minutes. */
    @Test
    void guessesFromManyAddressesSlowTheNameButNeverLockItsOwnerOut() {
        for (int i = 0; i < 10; i++) {
            assertFalse(throttle.check(t0.plusSeconds(i), "victim", "203.0.113." + i).refused());
            throttle.failed(t0.plusSeconds(i), "victim", "203.0.113." + i);
        }
        SignInThrottle.Verdict owner = throttle.check(t0.plusSeconds(11), "victim", "198.51.100.7");
        assertFalse(owner.refused(), "the owner's own address still signs in");
        assertTrue(owner.delay().compareTo(Duration.ofSeconds(1)) <= 0, "after at most the ceiling: " + owner.delay());
        assertTrue(owner.delay().compareTo(Duration.ZERO) > 0, "but guessing the name is slowed for everyone");
        throttle.succeeded("victim", "198.51.100.7");
        assertEquals(Duration.ZERO, throttle.check(t0.plusSeconds(12), "victim", "198.51.100.7").delay());
    }

    @Test
    void anAddressGuessingManyNamesIsRefusedAndSuccessClearsOnlyTheUserName() {
        int allowance = 6 * SignInThrottle.ADDRESS_FACTOR;
        for (int i = 0; i < allowance; i++) {
            throttle.failed(t0, "user" + (i % 10), "10.0.0.9");
        }
        assertTrue(throttle.check(t0, "someone-new", "10.0.0.9").refused());
        assertFalse(throttle.check(t0, "someone-new", "10.0.0.8").refused());
        throttle.succeeded("user0", "10.0.0.9");
        assertTrue(throttle.check(t0, "user0", "10.0.0.9").refused(), "the address keeps its count");
        throttle.evictIdle(t0.plus(Duration.ofMinutes(16)));
        assertFalse(throttle.check(t0.plus(Duration.ofMinutes(16)), "someone-new", "10.0.0.9").refused());
    }
}
