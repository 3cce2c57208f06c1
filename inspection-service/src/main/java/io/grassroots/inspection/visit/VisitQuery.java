package io.grassroots.inspection.visit;

import io.grassroots.inspection.directory.PlacementDirectoryQuery;
import io.grassroots.inspection.plan.PlanTitleQuery;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.JpqlFilter;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/** Joint visits as their parties read them: one visit, a filtered page, a unit's year by month. */
@ApplicationScoped
public class VisitQuery {
    @Inject
    EntityManager em;
    @Inject
    PlanTitleQuery plans;
    @Inject
    PlacementDirectoryQuery directory;

    @Transactional
    public VisitView get(UUID id, Caller caller) {
        return detail(visible(id, caller));
    }

    @Transactional
    public Page<VisitView> list(Caller caller, VisitFilter filter, PageRequest page) {
        VisitScope scope = VisitScope.of(caller);
        JpqlFilter where = new JpqlFilter().and(scope.condition(), VisitScope.PARAMETER, scope.value());
        if (filter.unit() != null) {
            where.and("v.unitCode = :unit", "unit", filter.unit());
        }
        if (filter.region() != null) {
            where.and("v.unitCode like :prefix", "prefix", filter.region() + "%");
        }
        if (filter.department() != null) {
            where.and("exists (select 1 from VisitMember d where d.visit = v and d.departmentId = :department)",
                    "department", filter.department());
        }
        if (filter.status() != null) {
            where.and("v.status = :status", "status", filter.status());
        }
        if (filter.from() != null) {
            where.and("v.date >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            where.and("v.date <= :to", "to", filter.to());
        }
        return where.page(em, JointVisit.class, "v", "v.date, v.unitCode, v.id", page).map(this::view);
    }

    /** The unit's visits of a year, month by month. */
    @Transactional
    public Map<String, List<VisitView>> calendar(String unitCode, int year, Caller caller) {
        boolean own = caller.role() == Role.UNIT && unitCode.equals(caller.unit());
        if (!directory.countiesOf(List.of(unitCode)).containsKey(unitCode) || !(own || caller.oversees(unitCode))) {
            throw ProblemException.notFound("unit calendar " + unitCode);
        }
        Map<String, List<VisitView>> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(String.format("%d-%02d", year, m), new ArrayList<>());
        }
        for (JointVisit v : em.createQuery("select distinct v from JointVisit v left join fetch v.members "
                + "where v.year = :year and v.unitCode = :unit order by v.date", JointVisit.class)
                .setParameter("year", year).setParameter("unit", unitCode).getResultList()) {
            months.get(String.format("%d-%02d", year, v.date.getMonthValue())).add(view(v));
        }
        return months;
    }

    /** The plans of the visit whose results are recorded. */
    public Set<UUID> recordedPlans(UUID visitId) {
        return new HashSet<>(em.createQuery("select r.planId from VisitResult r where r.visitId = :v", UUID.class)
                .setParameter("v", visitId).getResultList());
    }

    /** The visit if the caller is one of its parties or oversees its unit; 404 otherwise. */
    public JointVisit visible(UUID id, Caller caller) {
        JointVisit v = em.find(JointVisit.class, id);
        if (v == null || !maySee(v, caller)) {
            throw ProblemException.notFound("visit " + id);
        }
        return v;
    }

    private static boolean maySee(JointVisit v, Caller caller) {
        return switch (caller.role()) {
            case COORDINATOR, AUDITOR -> caller.oversees(v.unitCode);
            case DEPARTMENT, TEAM -> v.members.stream().anyMatch(m -> m.departmentId.equals(caller.department()));
            case UNIT -> v.unitCode.equals(caller.unit());
        };
    }

    /** One visit as its page shows it: with the results recorded so far (a list leaves them out). */
    public VisitView detail(JointVisit v) {
        return view(v).withResults(em.createQuery("select r from VisitResult r where r.visitId = :v "
                + "order by r.recordedAt, r.planId", VisitResult.class).setParameter("v", v.id).getResultList()
                .stream().map(VisitView.RecordedResult::of).toList());
    }

    public VisitView view(JointVisit v) {
        Set<UUID> recorded = recordedPlans(v.id);
        List<VisitView.PlanPart> parts = new ArrayList<>();
        Map<UUID, String> titles = plans.titles(v.members.stream().map(VisitMember::planId).toList());
        for (VisitMember m : v.members) {
            parts.add(new VisitView.PlanPart(m.planId(), m.departmentId, titles.get(m.planId()),
                    m.categoryCode, recorded.contains(m.planId())));
        }
        parts.sort(java.util.Comparator.comparing(VisitView.PlanPart::departmentId));
        String unitName = directory.unitName(v.unitCode).orElse(null);
        var team = v.team;
        int teamSize = team.stream().mapToInt(t -> t.size()).sum();
        String explanation = parts.size() == 1 ? "one plan; no other plan of group " + v.family
                + " could share this visit"
                : "one joint visit instead of " + parts.size() + ": " + parts.size() + " plans of " + team.size()
                        + " department(s) in group " + v.family + ", led by " + v.leadDepartment;
        return new VisitView(v.id, v.year, v.unitCode, unitName, v.countyCode, v.family, v.date,
                v.days, v.leadDepartment, team, teamSize, v.materials, v.status, v.itineraryId, parts,
                explanation, v.confirmedAt, v.completedAt, null);
    }

}
