package io.grassroots.share.directory;

import io.grassroots.share.cache.TimedCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The directory copy's units and departments kept in memory: read on every request, they change rarely. A unit
 * once present stays known for the life of the instance, since the copy never deletes a unit (a province's
 * villages outlived a short-lived entry, #19). A department is kept for a while: an upsert received here drops
 * it, one received by another instance applies within the TTL.
 */
@ApplicationScoped
public class DirectoryCache {
    private static final Duration TTL = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    /** Enough for the largest province's townships and villages; beyond it units are looked up each time. */
    static final int KNOWN_UNITS_CAP = 100_000;

    private final Set<String> knownUnits = ConcurrentHashMap.newKeySet();
    private final TimedCache<LocalDepartment> departments = new TimedCache<>(TTL);

    /** Whether the directory copy holds the unit. */
    public boolean unitExists(String code) {
        if (knownUnits.contains(code)) {
            return true;
        }
        boolean present = em.find(LocalUnit.class, code) != null;
        if (present) {
            know(code);
        }
        return present;
    }

    /**
     * Which of the codes the directory copy holds: those not kept looked up in one statement. A request names
     * up to hundreds of units drawn from tens of thousands, so most are not kept (#19: one look-up per unit was
     * a tenth of a repeat request's CPU).
     */
    public Set<String> unitsPresent(Collection<String> codes) {
        Set<String> present = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            if (knownUnits.contains(code)) {
                present.add(code);
            } else {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            for (String code : JdbcStatements.query(em, "select code from unit where code = any(?)",
                    select -> SqlArrays.texts(select, 1, unknown), row -> row.getString(1))) {
                know(code);
                present.add(code);
            }
        }
        return present;
    }

    /** A detached copy of the department. */
    public Optional<LocalDepartment> department(String id) {
        return id == null ? Optional.empty() : departments.get(id, this::loadDepartment);
    }

    void forgetDepartment(String id) {
        departments.forget(id);
    }

    private void know(String code) {
        if (knownUnits.size() < KNOWN_UNITS_CAP) {
            knownUnits.add(code);
        }
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
