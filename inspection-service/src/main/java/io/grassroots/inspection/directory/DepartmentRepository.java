package io.grassroots.inspection.directory;

import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.List;

/** Reads and locks departments. */
@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    public Page<Department> search(String region, String level, String text, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (region != null) {
            where.add("regionCode like :region");
            params.and("region", region + "%");
        }
        if (level != null) {
            where.add("level = :level");
            params.and("level", level);
        }
        if (text != null) {
            where.add("(name like :text or id like :text)");
            params.and("text", "%" + text + "%");
        }
        PanacheQuery<Department> q = find(String.join(" and ", where), Sort.by("regionCode").and("id"), params)
                .page(page.page(), page.size());
        return new Page<>(q.list(), page.page(), page.size(), q.count());
    }

    /** Locks the department row, so that one department's submissions are checked one at a time. */
    public Department lock(String id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
