package io.grassroots.gateway.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets per key: each key may make {@code perMinute} requests a minute, in bursts of up to
 * that many, refilled continuously. Time is passed in (nanoseconds) so the arithmetic is testable.
 */
public final class RateLimiter {
    /** Whether a request may pass, and if not how long until one token is back. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final double capacity;
    private final double perNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        this.capacity = perMinute;
        this.perNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    }

    public Decision acquire(String key, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, nowNanos));
        synchronized (bucket) {
            bucket.tokens = Math.min(capacity, bucket.tokens + (nowNanos - bucket.at) * perNano);
            bucket.at = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, Duration.ZERO);
            }
            return new Decision(false, Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano)));
        }
    }

    /** Forgets buckets that have been full for a while: they hold no information. */
    public void evictFull(long nowNanos) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (nowNanos - e.getValue().at) * perNano >= capacity;
            }
        });
    }

    public int size() {
        return buckets.size();
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
