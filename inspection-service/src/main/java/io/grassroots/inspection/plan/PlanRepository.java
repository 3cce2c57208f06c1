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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * The other live plans of a department in a year as the rules weigh them, oldest first: what quotas
     * and duplicates are checked against on every create and submit. Two queries, whatever the count:
     * loading the entities cost one query per plan for its units (a department's 80th plan made 80
     * round trips), parsed every plan's findings and dirty-checked them all at commit.
     */
    public List<ExistingPlan> liveOf(String departmentId, int year, UUID except) {
        String where = " where p.departmentId = :department and p.year = :year and p.status in " + LIVE_LITERALS
                + " and p.id <> :except";
        Map<UUID, Set<String>> units = new HashMap<>();
        for (Tuple row : live("select p.id as id, u as unit from Plan p join p.targetUnits u" + where, departmentId,
                year, except)) {
            units.computeIfAbsent(row.get("id", UUID.class), k -> new HashSet<>()).add(row.get("unit", String.class));
        }
        return live("select p.id as id, p.title as title, p.scope as scope, p.categoryCode as category, "
                + "p.windowStart as windowStart, p.windowEnd as windowEnd from Plan p" + where
                + " order by p.createdAt, p.id", departmentId, year, except).stream()
                .map(r -> {
                    UUID id = r.get("id", UUID.class);
                    return new ExistingPlan(id.toString(), r.get("title", String.class),
                            r.get("scope", PlanScope.class) == PlanScope.COMPREHENSIVE, r.get("category", String.class),
                            r.get("windowStart", LocalDate.class), r.get("windowEnd", LocalDate.class),
                            Set.copyOf(units.getOrDefault(id, Set.of())));
                })
                .toList();
    }

    private List<Tuple> live(String query, String departmentId, int year, UUID except) {
        return getEntityManager().createQuery(query, Tuple.class).setParameter("department", departmentId)
                .setParameter("year", year).setParameter("except", except)
                .getResultList();
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
