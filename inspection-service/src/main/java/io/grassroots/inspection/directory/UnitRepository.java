package io.grassroots.inspection.directory;

import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Reads grassroots units: by code, by filters with paging, and all units under a region. */
@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Page<Unit> search(String parent, String under, String level, String text, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (parent != null) {
            where.add("parentCode = :parent");
            params.and("parent", parent);
        }
        if (under != null) {
            where.add("code like :under and code <> :self");
            params.and("under", under + "%").and("self", under);
        }
        if (level != null) {
            where.add("level = :level");
            params.and("level", level);
        }
        if (text != null) {
            where.add("(name like :text or code like :prefix)");
            params.and("text", "%" + text + "%").and("prefix", text + "%");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<Unit> q = find(query, Sort.by("code"), params).page(page.page(), page.size());
        return new Page<>(q.list(), page.page(), page.size(), q.count());
    }

    /** The codes of the units under a region or unit code, optionally of one level. */
    public List<String> codesUnder(String code, String level) {
        String jpql = "select u.code from Unit u where u.code like :under and u.code <> :code"
                + (level == null ? "" : " and u.level = :level") + " order by u.code";
        var query = getEntityManager().createQuery(jpql, String.class)
                .setParameter("under", code + "%").setParameter("code", code);
        if (level != null) {
            query.setParameter("level", level);
        }
        return query.getResultList();
    }

    /** Which of the given codes exist. */
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(getEntityManager().createQuery("select u.code from Unit u where u.code in :codes",
                String.class).setParameter("codes", codes).getResultList());
    }
}
