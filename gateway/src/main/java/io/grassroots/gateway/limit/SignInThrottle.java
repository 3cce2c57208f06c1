package io.grassroots.gateway.limit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Counts failed sign-ins within a sliding window per user name, per user name and address, and per
 * address. After {@code slowAfter} failures each further attempt waits, doubling up to a ceiling of
 * a few seconds. A user name alone is only ever slowed, never refused: whoever knows it could
 * otherwise lock its owner out from anywhere. Refusal (until the oldest failure leaves the window)
 * falls on the sources of guessing: one address guessing one name after {@code refuseAfter}
 * failures, one address guessing many names after {@link #ADDRESS_FACTOR} times that. The failures
 * are kept in a {@link FailureLog}: the database's, so that every gateway instance counts them all.
 */
public final class SignInThrottle {
    /** What to do with an attempt: wait this long first, or refuse it and say when to retry. */
    public record Verdict(Duration delay, Duration retryAfter) {
        public boolean refused() {
            return retryAfter != null;
        }
    }

    public static final int ADDRESS_FACTOR = 5;

    private final Duration window;
    private final int slowAfter;
    private final int refuseAfter;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final FailureLog failures;

    public SignInThrottle(Duration window, int slowAfter, int refuseAfter, Duration firstDelay, Duration maxDelay,
            FailureLog failures) {
        this.window = window;
        this.slowAfter = slowAfter;
        this.refuseAfter = refuseAfter;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.failures = failures;
    }

    /** The verdict for an attempt now, from the recent failures of the name, the pair and the address. */
    public Verdict check(Instant now, String user, String address) {
        Duration delay = Duration.ZERO;
        Duration retryAfter = null;
        for (Map.Entry<String, FailureLog.Recent> recent : failures.recent(keys(user, address), now.minus(window))
                .entrySet()) {
            String key = recent.getKey();
            int factor = key.startsWith("addr:") ? ADDRESS_FACTOR : 1;
            int count = recent.getValue().count();
            if (!key.startsWith("user:") && count >= refuseAfter * factor) {
                Duration until = Duration.between(now, recent.getValue().oldest().plus(window));
                retryAfter = retryAfter == null || until.compareTo(retryAfter) > 0 ? until : retryAfter;
            } else if (count >= slowAfter * factor) {
                Duration wait = firstDelay.multipliedBy(1L << Math.min(20, count - slowAfter * factor));
                wait = wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
                delay = wait.compareTo(delay) > 0 ? wait : delay;
            }
        }
        return new Verdict(retryAfter == null ? delay : Duration.ZERO, retryAfter);
    }

    public void failed(Instant now, String user, String address) {
        failures.add(keys(user, address), now);
    }

    private static List<String> keys(String user, String address) {
        return List.of("user:" + user, "pair:" + user + "|" + address, "addr:" + address);
    }

    /** A successful sign-in clears the user name's failures and its own address's; an address keeps its count. */
    public void succeeded(String user, String address) {
        failures.clear(List.of("user:" + user, "pair:" + user + "|" + address));
    }

    /** Forgets failures that left the window, so what is kept follows recent attackers only. */
    public void evictIdle(Instant now) {
        failures.forgetUntil(now.minus(window));
    }
}
