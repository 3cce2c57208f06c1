package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanTargetQuery;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads stored visits with their plan-targets in one query each, for the merge engine: a unit's
 * year holds ~20 visits, a province's ~30,000, and none of them become entities unless they change.
 */
@ApplicationScoped
public class StoredVisitQuery {
    private static final TypeReference<List<LocalDate>> DAYS = new TypeReference<>() {
    };
    private static final TypeReference<List<Visit.TeamMember>> TEAM = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String SELECT = "select v.id as visit_id, v.unit_code, v.county_code, v.family, "
            + "v.visit_date, cast(v.days as text) as days, v.lead_department, cast(v.team as text) as team, "
            + "cast(v.materials as text) as materials, v.status, v.itinerary_id, "
            + "m.plan_id as member_plan, m.unit_code as member_unit "
            + "from visit v left join visit_member m on m.visit_id = v.id ";
    private static final String ORDER = " order by v.unit_code, v.visit_date, v.id";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    PlanTargetQuery targets;

    /** Stored visits at units inside a region in a year. */
    public List<StoredVisit> inRegion(String region, int year) {
        return read(em.createNativeQuery(SELECT + "where v.year = :year and v.unit_code like :region" + ORDER,
                Tuple.class).setParameter("year", year).setParameter("region", region + "%").getResultList());
    }

    /** Stored visits at these units in a year. */
    public List<StoredVisit> atUnits(Collection<String> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return read(em.createNativeQuery(SELECT + "where v.year = :year and v.unit_code in (:units)" + ORDER,
                Tuple.class).setParameter("year", year).setParameter("units", units).getResultList());
    }

    /** The units and counties where a plan has stored visits. */
    public List<UnitOfPlan> unitsOf(UUID planId) {
        return em.createNativeQuery("select distinct v.unit_code, v.county_code from visit v "
                + "join visit_member m on m.visit_id = v.id where m.plan_id = :plan", Tuple.class)
                .setParameter("plan", planId).getResultList().stream()
                .map(t -> new UnitOfPlan(((Tuple) t).get("unit_code", String.class),
                        ((Tuple) t).get("county_code", String.class)))
                .toList();
    }

    /** A unit where a plan is visited, with its county. */
    public record UnitOfPlan(String unitCode, String countyCode) {
    }

    /**
     * Rows come ordered by visit, one per member (or one for a visit with none). Each member's
     * plan-target comes from the plan's query; a member whose plan-target is gone has none (null).
     */
    private List<StoredVisit> read(List<Tuple> rows) {
        Set<UUID> plans = new HashSet<>();
        rows.forEach(r -> Optional.ofNullable(r.get("member_plan", UUID.class)).ifPresent(plans::add));
        Map<String, PlanTarget> targetsByKey = plans.isEmpty() ? Map.of() : targets.byKey(plans);
        List<StoredVisit> visits = new ArrayList<>();
        UUID current = null;
        List<StoredVisit.Member> members = null;
        for (Tuple row : rows) {
            UUID id = row.get("visit_id", UUID.class);
            if (!id.equals(current)) {
                current = id;
                members = new ArrayList<>();
                visits.add(new StoredVisit(id, row.get("unit_code", String.class), row.get("county_code", String.class),
                        row.get("family", String.class), SqlValues.date(row.get("visit_date")),
                        JsonColumns.read(json, row.get("days", String.class), DAYS),
                        row.get("lead_department", String.class),
                        JsonColumns.read(json, row.get("team", String.class), TEAM),
                        JsonColumns.read(json, row.get("materials", String.class), STRINGS),
                        VisitStatus.valueOf(row.get("status", String.class)), row.get("itinerary_id", String.class),
                        members));
            }
            UUID plan = row.get("member_plan", UUID.class);
            if (plan != null) {
                PlanTarget target = targetsByKey.get(plan + "@" + row.get("member_unit", String.class));
                members.add(new StoredVisit.Member(plan, target == null ? null : inCounty(target,
                        row.get("county_code", String.class))));
            }
        }
        return visits;
    }

    /** The target as the visit places it: in the visit's county. */
    private static PlanTarget inCounty(PlanTarget t, String county) {
        return new PlanTarget(t.planId(), t.unitCode(), county, t.group(), t.departmentId(), t.departmentLevel(),
                t.windowStart(), t.windowEnd(), t.onSiteDays(), t.teamSize(), t.materials());
    }
}
