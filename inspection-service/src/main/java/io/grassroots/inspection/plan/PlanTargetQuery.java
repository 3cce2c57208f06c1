package io.grassroots.inspection.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.inspection.directory.PlacementDirectoryQuery;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads plans' targets as the merge engine takes them: plan's read model for the schedule. The
 * units' counties and the categories' groups come from the directory's own query. The queries run with plain
 * JDBC, lists bound as arrays: a placement reads thousands of plan-targets, and Hibernate's tuples, its
 * calendar-based dates and a translation per list size were most of a placement's read (#19).
 */
@ApplicationScoped
public class PlanTargetQuery {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final String SELECT = "select cast(p.id as varchar), pt.unit_code, p.category_code, "
            + "p.department_id, p.department_region, p.window_start, p.window_end, p.on_site_days, p.team_size, "
            + "cast(p.materials as text) from plan p join plan_target pt on pt.plan_id = p.id ";
    private static final String ORDER = " order by pt.unit_code, p.id";
    private static final List<String> LIVE = List.of(PlanStatus.APPROVED.name(), PlanStatus.SCHEDULED.name());

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    PlacementDirectoryQuery directory;

    /** A plan-target's row before the directory names its county and group. */
    private record Row(String plan, String unit, String category, String department, String region,
            LocalDate from, LocalDate to, int days, int team, String materials) {
    }

    /** Every plan-target of the year's approved or scheduled plans at units inside the region. */
    public List<PlanTarget> approvedIn(String region, int year) {
        return placeable(read(SELECT + "where p.year = ? and p.status = any(?) and pt.unit_code like ?" + ORDER,
                select -> {
                    select.setInt(1, year);
                    SqlArrays.texts(select, 2, LIVE);
                    select.setString(3, region + "%");
                }));
    }

    /** The plan-targets of one plan. */
    public List<PlanTarget> ofPlan(UUID planId) {
        return ofPlans(List.of(planId));
    }

    /** The plan-targets of these plans whose unit and category the directory knows. */
    public List<PlanTarget> ofPlans(Collection<UUID> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return placeable(read(SELECT + "where p.id = any(cast(? as uuid[]))" + ORDER,
                select -> SqlArrays.texts(select, 1, new HashSet<>(planIds), UUID::toString)));
    }

    /**
     * The plan-targets with these keys ({@link PlanTarget#key()}: a plan at a unit), by key; a target whose unit
     * or category the directory lacks has no county or group (null). Only the keys asked for: a stored visit's
     * members name a plan at the visit's unit, and a city's plan has its other sixty townships elsewhere.
     */
    public Map<String, PlanTarget> byKey(Collection<Key> keys) {
        Set<Key> distinct = new HashSet<>(keys);
        Map<String, PlanTarget> targets = new LinkedHashMap<>();
        if (!distinct.isEmpty()) {
            read(SELECT + "join unnest(cast(? as uuid[]), cast(? as text[])) as k(plan_id, unit_code) "
                    + "on k.plan_id = pt.plan_id and k.unit_code = pt.unit_code" + ORDER, select -> {
                        SqlArrays.texts(select, 1, distinct, k -> k.planId().toString());
                        SqlArrays.texts(select, 2, distinct, Key::unitCode);
                    }).forEach(t -> targets.put(t.key(), t));
        }
        return targets;
    }

    /** A plan at a unit. */
    public record Key(UUID planId, String unitCode) {
    }

    /** Those of the plans that are still approved or scheduled: what may still be placed. */
    public Set<UUID> live(Collection<UUID> planIds) {
        return new HashSet<>(em.createQuery("select p.id from Plan p where p.id in :plans and p.status in :live",
                UUID.class).setParameter("plans", planIds)
                .setParameter("live", List.of(PlanStatus.APPROVED, PlanStatus.SCHEDULED)).getResultList());
    }

    /** The category of each of these plans. */
    public Map<UUID, String> categories(Collection<UUID> planIds) {
        Map<UUID, String> categories = new HashMap<>();
        if (!planIds.isEmpty()) {
            JdbcStatements.query(em, "select id, category_code from plan where id = any(cast(? as uuid[]))",
                    select -> SqlArrays.texts(select, 1, planIds, UUID::toString),
                    row -> Map.entry(row.getObject(1, UUID.class), row.getString(2)))
                    .forEach(e -> categories.put(e.getKey(), e.getValue()));
        }
        return categories;
    }

    /** Only targets at a known unit of a known category can be placed (as an inner join would keep). */
    private static List<PlanTarget> placeable(List<PlanTarget> targets) {
        return targets.stream().filter(t -> t.countyCode() != null && t.group() != null).toList();
    }

    /**
     * The rows of a query, with their units' counties and categories' groups; what the persistence context still
     * holds is written first ({@link JdbcStatements#flushAsNativeQueries}).
     */
    private List<PlanTarget> read(String sql, JdbcStatements.Parameters parameters) {
        JdbcStatements.flushAsNativeQueries(em);
        List<Row> rows = JdbcStatements.query(em, sql, parameters, r -> new Row(r.getString(1), r.getString(2),
                r.getString(3), r.getString(4), r.getString(5), r.getObject(6, LocalDate.class),
                r.getObject(7, LocalDate.class), r.getInt(8), r.getInt(9), r.getString(10)));
        Set<String> units = new HashSet<>();
        rows.forEach(r -> units.add(r.unit()));
        Map<String, String> counties = directory.countiesOf(units);
        Map<String, String> groups = rows.isEmpty() ? Map.of() : directory.groups();
        return rows.stream().map(r -> new PlanTarget(r.plan(), r.unit(), counties.get(r.unit()),
                groups.get(r.category()), r.department(), levelOf(r.region()), r.from(), r.to(), r.days(), r.team(),
                JsonColumns.read(json, r.materials(), STRINGS))).toList();
    }

    /** 0 for a province department, 1 for a city, 2 for a county. */
    static int levelOf(String regionCode) {
        return regionCode.length() <= 2 ? 0 : regionCode.length() <= 4 ? 1 : 2;
    }
}
