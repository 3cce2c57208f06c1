package io.grassroots.inspection.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads administrative regions. */
@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {
    /**
     * Each region's chain, read once: regions are seeded from the registry before the service serves and
     * never change, and every create and submit asks for its region's chain (a query per level, #19). Only
     * regions that exist are kept, so that a region seeded later is never answered as missing.
     */
    private final Map<String, List<String>> chains = new ConcurrentHashMap<>();

    public List<Region> children(String parent, String level) {
        if (parent == null && level == null) {
            return listAll(Sort.by("code"));
        }
        if (parent == null) {
            return list("level", Sort.by("code"), level);
        }
        if (level == null) {
            return list("parentCode", Sort.by("code"), parent);
        }
        return list("parentCode = ?1 and level = ?2", Sort.by("code"), parent, level);
    }

    /** The region and its ancestors, broadest first: 45, 4501, 450102; empty for a code that is no region. */
    public List<String> chain(String regionCode) {
        List<String> known = chains.get(regionCode);
        if (known != null) {
            return known;
        }
        List<String> chain = new ArrayList<>();
        for (Region r = findById(regionCode); r != null; r = r.parentCode == null ? null : findById(r.parentCode)) {
            chain.add(0, r.code);
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        chains.put(regionCode, List.copyOf(chain));
        return chains.get(regionCode);
    }

    /** Whether a region of this code exists (read once, as its chain). */
    public boolean exists(String regionCode) {
        return !chain(regionCode).isEmpty();
    }

    /** The counties inside a region (the region itself when it is one). */
    public List<String> countiesUnder(String regionCode) {
        return getEntityManager().createQuery("select r.code from Region r where r.level = :county and r.code like :r "
                + "order by r.code", String.class).setParameter("county", RegionLevel.COUNTY.name())
                .setParameter("r", regionCode + "%").getResultList();
    }
}
