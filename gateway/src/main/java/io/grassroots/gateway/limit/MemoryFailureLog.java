package io.grassroots.gateway.limit;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Failed sign-ins kept in this process: right for a single instance and for the throttle's own tests. */
public final class MemoryFailureLog implements FailureLog {
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Override
    public Map<String, Recent> recent(Collection<String> keys, Instant after) {
        Map<String, Recent> recent = new HashMap<>();
        for (String key : keys) {
            Deque<Instant> times = failures.get(key);
            if (times == null) {
                continue;
            }
            synchronized (times) {
                times.removeIf(t -> !t.isAfter(after));
                if (!times.isEmpty()) {
                    recent.put(key, new Recent(times.size(), times.peekFirst()));
                }
            }
        }
        return recent;
    }

    @Override
    public void add(Collection<String> keys, Instant at) {
        for (String key : keys) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(at);
            }
        }
    }

    @Override
    public void clear(Collection<String> keys) {
        keys.forEach(failures::remove);
    }

    @Override
    public void forgetUntil(Instant cutoff) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().removeIf(t -> !t.isAfter(cutoff));
                return e.getValue().isEmpty();
            }
        });
    }
}
