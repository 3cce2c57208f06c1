package io.grassroots.gateway.limit;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Where failed sign-ins are kept per throttle key: in memory for one instance, in the database for several. */
public interface FailureLog {
    /** How many failures a key has had after a moment, and the oldest of them. */
    record Recent(int count, Instant oldest) {
    }

    /** The failures after the cutoff of each of these keys that has any. */
    Map<String, Recent> recent(Collection<String> keys, Instant after);

    void add(Collection<String> keys, Instant at);

    void clear(Collection<String> keys);

    /** Forgets failures at or before the cutoff: they no longer count. */
    void forgetUntil(Instant cutoff);
}
