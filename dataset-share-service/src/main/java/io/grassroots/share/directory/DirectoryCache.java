package io.grassroots.share.directory;

import io.grassroots.share.cache.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;

/**
 * The directory copy's units and departments kept in memory for a short while: they change rarely and
 * are read on every request. An upsert received here drops its entry; one received by another instance
 * applies within the TTL.
 */
@ApplicationScoped
public class DirectoryCache {
    private static final Duration TTL = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    private final TimedCache<Boolean> units = new TimedCache<>(TTL);
    private final TimedCache<LocalDepartment> departments = new TimedCache<>(TTL);

    /** Whether the directory copy holds the unit. */
    public boolean unitExists(String code) {
        return units.get(code, c -> em.find(LocalUnit.class, c) != null ? Boolean.TRUE : null).isPresent();
    }

    /** A detached copy of the department. */
    public Optional<LocalDepartment> department(String id) {
        return id == null ? Optional.empty() : departments.get(id, this::loadDepartment);
    }

    void forgetUnit(String code) {
        units.forget(code);
    }

    void forgetDepartment(String id) {
        departments.forget(id);
    }

    private LocalDepartment loadDepartment(String id) {
        LocalDepartment department = em.find(LocalDepartment.class, id);
        // Kept across transactions: a managed copy would tie the cache to the persistence context that loaded it.
        if (department != null) {
            em.detach(department);
        }
        return department;
    }
}
