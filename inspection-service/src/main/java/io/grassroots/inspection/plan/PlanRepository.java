package io.grassroots.inspection.plan;

import io.grassroots.inspection.rules.ExistingPlan;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Plans, always read through what the caller may see. */
@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {
    /**
     * The live statuses written into the query as enum literals, not bound as a list: Hibernate
     * translates a query with a list parameter to SQL again on every execution (most of this
     * method's time in the intake benchmark, 77 of its 125 samples), one without from its cache.
     */
    private static final String LIVE_LITERALS = PlanStatus.LIVE.stream().map(s -> PlanStatus.class.getName() + "." + s)
            .sorted().collect(Collectors.joining(", ", "(", ")"));
    /** Unit codes are digits: a comma cannot be part of one. */
    private static final String UNIT_SEPARATOR = ",";
    private static final String LIVE = "select p.id as id, p.title as title, p.scope as scope, "
            + "p.categoryCode as category, p.windowStart as windowStart, p.windowEnd as windowEnd, "
            + "listagg(u, '" + UNIT_SEPARATOR + "') as units from Plan p left join p.targetUnits u "
            + "where p.departmentId = :department and p.year = :year and p.status in " + LIVE_LITERALS
            + " and p.id <> :except group by p.id, p.title, p.scope, p.categoryCode, p.windowStart, p.windowEnd, "
            + "p.createdAt order by p.createdAt, p.id";

    /**
     * The plan with its plan-targets, in one query: every call that loads a plan also reads its targets
     * (the view, the events, the rules), which loading the collection lazily made a second round trip.
     */
    public Optional<Plan> withTargets(UUID id) {
        return getEntityManager().createQuery("select p from Plan p left join fetch p.targetUnits where p.id = :id",
                Plan.class).setParameter("id", id).getResultList().stream().findFirst();
    }

    /** The plan (with its targets) if the caller may see it: its own department, or a coordinator or auditor above it. */
    public Optional<Plan> visibleTo(UUID id, Caller caller) {
        return withTargets(id).filter(p -> caller.isDepartment(p.departmentId)
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

    /**
     * The other live plans of a department in a year as the rules weigh them, oldest first: what quotas
     * and duplicates are checked against on every create and submit. One query, whatever the count, each
     * plan's units gathered into one text by the database: loading the entities cost one query per plan for
     * its units (a department's 80th plan made 80 round trips), parsed every plan's findings and
     * dirty-checked them all at commit; a second query for the units was a second round trip (#19).
     */
    public List<ExistingPlan> liveOf(String departmentId, int year, UUID except) {
        return getEntityManager().createQuery(LIVE, Tuple.class).setParameter("department", departmentId)
                .setParameter("year", year).setParameter("except", except).getResultList().stream()
                .map(r -> {
                    String units = r.get("units", String.class);
                    return new ExistingPlan(r.get("id", UUID.class).toString(), r.get("title", String.class),
                            r.get("scope", PlanScope.class) == PlanScope.COMPREHENSIVE, r.get("category", String.class),
                            r.get("windowStart", LocalDate.class), r.get("windowEnd", LocalDate.class),
                            units == null ? Set.of() : Set.copyOf(List.of(units.split(UNIT_SEPARATOR))));
                })
                .toList();
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
