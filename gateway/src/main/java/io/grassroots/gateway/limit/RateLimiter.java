package io.grassroots.gateway.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Token buckets per key: each key may make {@code perMinute} requests a minute, in bursts of up to
 * that many, refilled continuously, split between the gateway instances alive. Time is passed in
 * (nanoseconds) so the arithmetic is testable.
 */
public final class RateLimiter {
    /** Whether a request may pass, and if not how long until one token is back. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    private final int perMinute;
    private final IntSupplier instances;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute) {
        this(perMinute, () -> 1);
    }

    /**
     * A limit shared by the gateway instances alive (as many as the supplier says): each takes its
     * share, so that a caller whose requests a load balancer spreads over them gets the limit in all.
     */
    public RateLimiter(int perMinute, IntSupplier instances) {
        this.perMinute = perMinute;
        this.instances = instances;
    }

    public Decision acquire(String key, long nowNanos) {
        double capacity = capacity();
        double perNano = capacity / Duration.ofMinutes(1).toNanos();
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
        double capacity = capacity();
        double perNano = capacity / Duration.ofMinutes(1).toNanos();
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().tokens + (nowNanos - e.getValue().at) * perNano >= capacity;
            }
        });
    }

    /** This instance's share of the limit: at least one request a minute. */
    private double capacity() {
        return Math.max(1.0, perMinute / (double) Math.max(1, instances.getAsInt()));
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
