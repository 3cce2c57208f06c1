package io.grassroots.inspection.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.inspection.directory.PlacementDirectoryQuery;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
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
 * units' counties and the categories' groups come from the directory's own query.
 */
@ApplicationScoped
public class PlanTargetQuery {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    // Well below PostgreSQL's limit of bind parameters in one statement.
    private static final int CHUNK = 5000;
    private static final String SELECT = "select cast(p.id as varchar) as target_plan, pt.unit_code as target_unit, "
            + "p.category_code as target_category, p.department_id as target_department, "
            + "p.department_region as target_region, p.window_start as target_from, p.window_end as target_to, "
            + "p.on_site_days as target_days, p.team_size as target_team, cast(p.materials as text) as target_materials "
            + "from plan p join plan_target pt on pt.plan_id = p.id ";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    PlacementDirectoryQuery directory;

    /** Every plan-target of the year's approved or scheduled plans at units inside the region. */
    public List<PlanTarget> approvedIn(String region, int year) {
        return placeable(read(em.createNativeQuery(SELECT + "where p.year = :year and p.status in (:live) "
                + "and pt.unit_code like :region order by pt.unit_code, p.id", Tuple.class)
                .setParameter("year", year)
                .setParameter("live", List.of(PlanStatus.APPROVED.name(), PlanStatus.SCHEDULED.name()))
                .setParameter("region", region + "%").getResultList()));
    }

    /** The plan-targets of one plan. */
    public List<PlanTarget> ofPlan(UUID planId) {
        return ofPlans(List.of(planId));
    }

    /** The plan-targets of these plans whose unit and category the directory knows. */
    public List<PlanTarget> ofPlans(Collection<UUID> planIds) {
        return placeable(new ArrayList<>(byKey(planIds).values()));
    }

    /**
     * The plan-targets of these plans by {@link PlanTarget#key()}, in chunks; a target whose unit or
     * category the directory lacks has no county or group (null).
     */
    public Map<String, PlanTarget> byKey(Collection<UUID> planIds) {
        List<UUID> ids = List.copyOf(new HashSet<>(planIds));
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            rows.addAll(em.createNativeQuery(SELECT + "where p.id in (:plans) order by pt.unit_code, p.id", Tuple.class)
                    .setParameter("plans", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList());
        }
        Map<String, PlanTarget> targets = new LinkedHashMap<>();
        read(rows).forEach(t -> targets.put(t.key(), t));
        return targets;
    }

    /** Those of the plans that are still approved or scheduled: what may still be placed. */
    public Set<UUID> live(Collection<UUID> planIds) {
        return new HashSet<>(em.createQuery("select p.id from Plan p where p.id in :plans and p.status in :live",
                UUID.class).setParameter("plans", planIds)
                .setParameter("live", List.of(PlanStatus.APPROVED, PlanStatus.SCHEDULED)).getResultList());
    }

    /** The category of each of these plans, chunked below the limit of bind parameters. */
    public Map<UUID, String> categories(Collection<UUID> planIds) {
        List<UUID> ids = List.copyOf(planIds);
        Map<UUID, String> categories = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 1000) {
            em.createQuery("select p.id as id, p.categoryCode as category from Plan p where p.id in :ids", Tuple.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000))).getResultList()
                    .forEach(t -> categories.put(t.get("id", UUID.class), t.get("category", String.class)));
        }
        return categories;
    }

    /** Only targets at a known unit of a known category can be placed (as an inner join would keep). */
    private static List<PlanTarget> placeable(List<PlanTarget> targets) {
        return targets.stream().filter(t -> t.countyCode() != null && t.group() != null).toList();
    }

    private List<PlanTarget> read(List<Tuple> rows) {
        Set<String> units = new HashSet<>();
        rows.forEach(r -> units.add(r.get("target_unit", String.class)));
        Map<String, String> counties = directory.countiesOf(units);
        Map<String, String> groups = rows.isEmpty() ? Map.of() : directory.groups();
        return rows.stream().map(row -> new PlanTarget(row.get("target_plan", String.class),
                row.get("target_unit", String.class), counties.get(row.get("target_unit", String.class)),
                groups.get(row.get("target_category", String.class)),
                row.get("target_department", String.class), levelOf(row.get("target_region", String.class)),
                SqlValues.date(row.get("target_from")), SqlValues.date(row.get("target_to")),
                ((Number) row.get("target_days")).intValue(), ((Number) row.get("target_team")).intValue(),
                JsonColumns.read(json, row.get("target_materials", String.class), STRINGS))).toList();
    }

    /** 0 for a province department, 1 for a city, 2 for a county. */
    static int levelOf(String regionCode) {
        return regionCode.length() <= 2 ? 0 : regionCode.length() <= 4 ? 1 : 2;
    }
}
