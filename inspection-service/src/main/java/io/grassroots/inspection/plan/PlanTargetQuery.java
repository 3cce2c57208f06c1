package io.grassroots.inspection.plan;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.inspection.merge.PlanTarget;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Reads approved plans' targets as the merge engine takes them: plan's read model for the schedule. */
@ApplicationScoped
public class PlanTargetQuery {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /**
     * The columns of a plan-target, by name, over the aliases p (plan), pt (plan_target), c (category)
     * and a county column; the schedule's visit query reads them beside a visit's. The jsonb materials
     * come as text, for {@link #target}.
     */
    public static final String COLUMNS = "cast(p.id as varchar) as target_plan, pt.unit_code as target_unit, "
            + "c.group_code as target_group, p.department_id as target_department, "
            + "p.department_region as target_region, p.window_start as target_from, p.window_end as target_to, "
            + "p.on_site_days as target_days, p.team_size as target_team, cast(p.materials as text) as target_materials";
    private static final String SELECT = "select " + COLUMNS + ", u.county_code as target_county from plan p "
            + "join plan_target pt on pt.plan_id = p.id join unit u on u.code = pt.unit_code "
            + "join category c on c.code = p.category_code ";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** Every plan-target of the year's approved or scheduled plans at units inside the region. */
    public List<PlanTarget> approvedIn(String region, int year) {
        return map(em.createNativeQuery(SELECT + "where p.year = :year and p.status in (:live) "
                + "and pt.unit_code like :region order by pt.unit_code, p.id", Tuple.class)
                .setParameter("year", year)
                .setParameter("live", List.of(PlanStatus.APPROVED.name(), PlanStatus.SCHEDULED.name())).setParameter("region", region + "%").getResultList());
    }

    /** The plan-targets of one plan. */
    public List<PlanTarget> ofPlan(UUID planId) {
        return ofPlans(List.of(planId));
    }

    /** The plan-targets of these plans. */
    public List<PlanTarget> ofPlans(Collection<UUID> planIds) {
        return map(em.createNativeQuery(SELECT + "where p.id in (:plans) order by pt.unit_code, p.id", Tuple.class)
                .setParameter("plans", planIds).getResultList());
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

    private List<PlanTarget> map(List<Tuple> rows) {
        return rows.stream().map(this::target).toList();
    }

    /** The plan-target of a row with {@link #COLUMNS} and target_county, or null when the row has none. */
    public PlanTarget target(Tuple row) {
        String plan = row.get("target_plan", String.class);
        if (plan == null) {
            return null;
        }
        return new PlanTarget(plan, row.get("target_unit", String.class), row.get("target_county", String.class),
                row.get("target_group", String.class), row.get("target_department", String.class),
                levelOf(row.get("target_region", String.class)), SqlValues.date(row.get("target_from")),
                SqlValues.date(row.get("target_to")), ((Number) row.get("target_days")).intValue(),
                ((Number) row.get("target_team")).intValue(),
                JsonColumns.read(json, row.get("target_materials", String.class), STRINGS));
    }

    /** 0 for a province department, 1 for a city, 2 for a county. */
    static int levelOf(String regionCode) {
        return regionCode.length() <= 2 ? 0 : regionCode.length() <= 4 ? 1 : 2;
    }
}
