package io.grassroots.share.catalog;

import io.grassroots.share.directory.LocalDepartment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The catalog and the department copy change rarely and are read on every request, so they are kept
 * in memory for a short while. An entry is dropped when this instance changes it and expires after
 * the TTL otherwise, so a change made elsewhere applies within that time.
 */
@ApplicationScoped
public class ReferenceCache {
    private static final Duration TTL = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private record Entry<T>(T value, long expires) {
    }

    private final Map<String, Entry<Indicator>> indicators = new ConcurrentHashMap<>();
    private final Map<String, Entry<LocalDepartment>> departments = new ConcurrentHashMap<>();
    private final Map<String, Entry<Boolean>> units = new ConcurrentHashMap<>();

    /** Whether the directory copy holds the unit. */
    public boolean unitExists(String code) {
        return get(units, code, c -> em.find(io.grassroots.share.directory.LocalUnit.class, c) != null ? Boolean.TRUE
                : null).isPresent();
    }

    public void forgetUnit(String code) {
        units.remove(code);
    }

    /** Detached copies of the indicators that exist among the codes. */
    public List<Indicator> indicators(List<String> codes) {
        return codes.stream().map(c -> get(indicators, c, code -> em.find(Indicator.class, code)))
                .flatMap(Optional::stream).toList();
    }

    public Optional<LocalDepartment> department(String id) {
        return id == null ? Optional.empty() : get(departments, id, key -> em.find(LocalDepartment.class, key));
    }

    public void forgetIndicator(String code) {
        indicators.remove(code);
    }

    public void forgetDepartment(String id) {
        departments.remove(id);
    }

    private <T> Optional<T> get(Map<String, Entry<T>> map, String key, Function<String, T> load) {
        long now = System.nanoTime();
        Entry<T> e = map.get(key);
        if (e == null || e.expires() < now) {
            T value = load.apply(key);
            if (value == null) {
                map.remove(key);
                return Optional.empty();
            }
            if (!(value instanceof Boolean)) {
                em.detach(value);
            }
            e = new Entry<>(value, now + TTL.toNanos());
            map.put(key, e);
        }
        return Optional.of(e.value());
    }
}
