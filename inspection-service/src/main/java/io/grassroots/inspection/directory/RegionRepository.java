package io.grassroots.inspection.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Reads administrative regions. */
@ApplicationScoped
public class RegionRepository implements PanacheRepositoryBase<Region, String> {

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

    /** The region and its ancestors, broadest first: 45, 4501, 450102. */
    public List<String> chain(String regionCode) {
        List<String> chain = new ArrayList<>();
        for (Region r = findById(regionCode); r != null; r = r.parentCode == null ? null : findById(r.parentCode)) {
            chain.add(0, r.code);
        }
        return chain;
    }

    /** The counties inside a region (the region itself when it is one). */
    public List<String> countiesUnder(String regionCode) {
        return getEntityManager().createQuery("select r.code from Region r where r.level = :county and r.code like :r "
                + "order by r.code", String.class).setParameter("county", RegionLevel.COUNTY.name())
                .setParameter("r", regionCode + "%").getResultList();
    }
}
