package io.grassroots.gateway.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user name and per client address within a sliding window. After
 * {@code slowAfter} failures each further attempt waits, doubling up to a ceiling; after
 * {@code refuseAfter} attempts are refused until the oldest failure leaves the window. An address
 * gets {@link #ADDRESS_FACTOR} times the allowance, since many people may sign in from one office.
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
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInThrottle(Duration window, int slowAfter, int refuseAfter, Duration firstDelay, Duration maxDelay) {
        this.window = window;
        this.slowAfter = slowAfter;
        this.refuseAfter = refuseAfter;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** The verdict for an attempt now, from the user name's and the address's recent failures. */
    public Verdict check(Instant now, String user, String address) {
        Duration delay = Duration.ZERO;
        Duration retryAfter = null;
        for (int k = 0; k < 2; k++) {
            String key = k == 0 ? "user:" + user : "addr:" + address;
            int factor = k == 0 ? 1 : ADDRESS_FACTOR;
            Deque<Instant> recent = failures.get(key);
            if (recent == null) {
                continue;
            }
            synchronized (recent) {
                prune(recent, now);
                int count = recent.size();
                if (count >= refuseAfter * factor) {
                    Duration until = Duration.between(now, recent.peekFirst().plus(window));
                    retryAfter = retryAfter == null || until.compareTo(retryAfter) > 0 ? until : retryAfter;
                } else if (count >= slowAfter * factor) {
                    Duration wait = firstDelay.multipliedBy(1L << Math.min(20, count - slowAfter * factor));
                    wait = wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
                    delay = wait.compareTo(delay) > 0 ? wait : delay;
                }
            }
        }
        return new Verdict(retryAfter == null ? delay : Duration.ZERO, retryAfter);
    }

    public void failed(Instant now, String user, String address) {
        for (String key : new String[] { "user:" + user, "addr:" + address }) {
            Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (recent) {
                prune(recent, now);
                recent.addLast(now);
            }
        }
    }

    /** A successful sign-in clears the user name's failures; an address keeps its count. */
    public void succeeded(String user) {
        failures.remove("user:" + user);
    }

    /** Drops keys whose failures all left the window, so memory stays bounded by recent attackers. */
    public void evictIdle(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }
}
