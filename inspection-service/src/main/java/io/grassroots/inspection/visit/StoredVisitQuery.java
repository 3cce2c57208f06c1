package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanTargetQuery;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads stored visits with their plan-targets in one query each, for the merge engine: a unit's
 * year holds ~20 visits, a province's ~30,000, and none of them become entities unless they change. Plain JDBC,
 * the units bound as an array: Hibernate's tuples and calendar-based dates were most of a placement's read (#19).
 */
@ApplicationScoped
public class StoredVisitQuery {
    private static final TypeReference<List<LocalDate>> DAYS = new TypeReference<>() {
    };
    private static final TypeReference<List<Visit.TeamMember>> TEAM = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String SELECT = "select v.id, v.unit_code, v.county_code, v.family, v.visit_date, "
            + "cast(v.days as text), v.lead_department, cast(v.team as text), cast(v.materials as text), v.status, "
            + "v.itinerary_id, m.plan_id from visit v left join visit_member m on m.visit_id = v.id ";
    private static final String ORDER = " order by v.unit_code, v.visit_date, v.id";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    PlanTargetQuery targets;

    /** A visit's row, once for each of its members (plan null for a visit with none). */
    private record Row(UUID id, String unit, String county, String family, LocalDate date, String days,
            String lead, String team, String materials, String status, String itinerary, UUID plan) {
    }

    /** Stored visits at units inside a region in a year. */
    public List<StoredVisit> inRegion(String region, int year) {
        return read(SELECT + "where v.year = ? and v.unit_code like ?" + ORDER, select -> {
            select.setInt(1, year);
            select.setString(2, region + "%");
        });
    }

    /** Stored visits at these units in a year. */
    public List<StoredVisit> atUnits(Collection<String> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return read(SELECT + "where v.year = ? and v.unit_code = any(?)" + ORDER, select -> {
            select.setInt(1, year);
            SqlArrays.texts(select, 2, units);
        });
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
     * plan-target comes from the plan's query; a member whose plan-target is gone has none (null). What
     * the persistence context still holds is written first ({@link JdbcStatements#flushAsNativeQueries}).
     */
    private List<StoredVisit> read(String sql, JdbcStatements.Parameters parameters) {
        JdbcStatements.flushAsNativeQueries(em);
        List<Row> rows = JdbcStatements.query(em, sql, parameters, r -> new Row(r.getObject(1, UUID.class),
                r.getString(2), r.getString(3), r.getString(4), r.getObject(5, LocalDate.class), r.getString(6),
                r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getObject(12, UUID.class)));
        List<PlanTargetQuery.Key> keys = rows.stream().filter(r -> r.plan() != null)
                .map(r -> new PlanTargetQuery.Key(r.plan(), r.unit())).toList();
        Map<String, PlanTarget> targetsByKey = targets.byKey(keys);
        List<StoredVisit> visits = new ArrayList<>();
        UUID current = null;
        List<StoredVisit.Member> members = null;
        for (Row row : rows) {
            if (!row.id().equals(current)) {
                current = row.id();
                members = new ArrayList<>();
                visits.add(new StoredVisit(row.id(), row.unit(), row.county(), row.family(), row.date(),
                        JsonColumns.read(json, row.days(), DAYS), row.lead(), JsonColumns.read(json, row.team(), TEAM),
                        JsonColumns.read(json, row.materials(), STRINGS), VisitStatus.valueOf(row.status()),
                        row.itinerary(), members));
            }
            if (row.plan() != null) {
                PlanTarget target = targetsByKey.get(row.plan() + "@" + row.unit());
                members.add(new StoredVisit.Member(row.plan(), target == null ? null : inCounty(target,
                        row.county())));
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
