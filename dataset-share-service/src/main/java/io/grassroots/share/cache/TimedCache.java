package io.grassroots.share.cache;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values kept in memory for a while after loading: reference data that changes rarely and is read on
 * every request. An entry is dropped when this instance changes it ({@link #forget}) and expires after
 * the TTL otherwise, so a change made elsewhere applies within that time. A missing value is not kept.
 */
public final class TimedCache<V> {
    private record Entry<V>(V value, long expires) {
    }

    private final long ttlNanos;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    public TimedCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The kept value, or the one {@code load} finds now (null: none, and nothing is kept). */
    public Optional<V> get(String key, Function<String, V> load) {
        Optional<V> kept = kept(key);
        if (kept.isPresent()) {
            return kept;
        }
        V value = load.apply(key);
        if (value == null) {
            entries.remove(key);
            return Optional.empty();
        }
        keep(key, value);
        return Optional.of(value);
    }

    private Optional<V> kept(String key) {
        Entry<V> e = entries.get(key);
        return e == null || e.expires() < System.nanoTime() ? Optional.empty() : Optional.of(e.value());
    }

    private void keep(String key, V value) {
        entries.put(key, new Entry<>(value, System.nanoTime() + ttlNanos));
    }

    public void forget(String key) {
        entries.remove(key);
    }
}
