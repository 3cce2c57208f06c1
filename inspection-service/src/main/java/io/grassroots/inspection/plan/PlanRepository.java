package io.grassroots.inspection.plan;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Plans, always read through what the caller may see. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    /** The plan if the caller may see it: its own department, or a coordinator or auditor above it. */
    public Optional<Plan> visibleTo(UUID id, Caller caller) {
        return findByIdOptional(id).filter(p -> caller.isDepartment(p.departmentId)
                || caller.oversees(p.departmentRegion));
    }

    /**
     * The year of a plan of the caller's own department, read as a value so that the entity is not
     * loaded before its schedule is locked.
     */
    public Optional<Integer> yearOfOwned(UUID id, Caller caller) {
        if (caller.role() != Role.DEPARTMENT || caller.department() == null) {
            return Optional.empty();
        }
        return getEntityManager().createQuery("select p.year from Plan p where p.id = :id and p.departmentId = :own",
                Integer.class).setParameter("id", id).setParameter("own", caller.department()).getResultStream()
                .findFirst();
    }

    /** The other live plans of a department in a year: what quotas and duplicates are weighed against. */
    public List<Plan> liveOf(String departmentId, int year, UUID except) {
        return list("departmentId = ?1 and year = ?2 and status in ?3 and id <> ?4", Sort.by("createdAt"),
                departmentId, year, PlanStatus.LIVE, except);
    }

    public Page<Plan> search(Caller caller, Integer year, PlanStatus status, String department, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (caller.role() == Role.DEPARTMENT) {
            where.add("departmentId = :own");
            params.and("own", caller.department());
        } else {
            where.add("departmentRegion like :region");
            params.and("region", caller.region() + "%");
        }
        if (department != null) {
            where.add("departmentId = :department");
            params.and("department", department);
        }
        if (year != null) {
            where.add("year = :year");
            params.and("year", year);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        PanacheQuery<Plan> q = find(String.join(" and ", where), Sort.descending("createdAt").and("id"), params)
                .page(page.page(), page.size());
        return new Page<>(q.list(), page.page(), page.size(), q.count());
    }
}
