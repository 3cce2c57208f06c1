package io.grassroots.inspection.visit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.platform.sql.SqlValues;
import io.grassroots.platform.web.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads approved plan-targets as the merge engine takes them. */
@ApplicationScoped
public class PlanTargetLoader {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    /**
     * The columns of a plan-target, by name, over the aliases p (plan), pt (plan_target), c (category)
     * and a county column; {@link StoredVisitQuery} reads them beside a visit's.
     */
    static final String COLUMNS = "cast(p.id as varchar) as target_plan, pt.unit_code as target_unit, "
            + "c.group_code as target_group, p.department_id as target_department, "
            + "p.department_region as target_region, p.window_start as target_from, p.window_end as target_to, "
            + "p.on_site_days as target_days, p.team_size as target_team, p.materials as target_materials";
    private static final String SELECT = "select " + COLUMNS + ", u.county_code as target_county from plan p "
            + "join plan_target pt on pt.plan_id = p.id join unit u on u.code = pt.unit_code "
            + "join category c on c.code = p.category_code ";

    @Inject
    EntityManager em;

    /** Every plan-target of the year's approved or scheduled plans at units inside the region. */
    public List<PlanTarget> approvedIn(String region, int year) {
        return map(em.createNativeQuery(SELECT + "where p.year = :year and p.status in ('APPROVED', 'SCHEDULED') "
                + "and pt.unit_code like :region order by pt.unit_code, p.id", Tuple.class)
                .setParameter("year", year).setParameter("region", region + "%").getResultList());
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

    private static List<PlanTarget> map(List<Tuple> rows) {
        return rows.stream().map(PlanTargetLoader::target).toList();
    }

    /** The plan-target of a row with {@link #COLUMNS} and target_county, or null when the row has none. */
    static PlanTarget target(Tuple row) {
        String plan = row.get("target_plan", String.class);
        if (plan == null) {
            return null;
        }
        return new PlanTarget(plan, row.get("target_unit", String.class), row.get("target_county", String.class),
                row.get("target_group", String.class), row.get("target_department", String.class),
                levelOf(row.get("target_region", String.class)), SqlValues.date(row.get("target_from")),
                SqlValues.date(row.get("target_to")), ((Number) row.get("target_days")).intValue(),
                ((Number) row.get("target_team")).intValue(),
                JsonText.read(row.get("target_materials", String.class), STRINGS));
    }

    /** 0 for a province department, 1 for a city, 2 for a county. */
    static int levelOf(String regionCode) {
        return regionCode.length() <= 2 ? 0 : regionCode.length() <= 4 ? 1 : 2;
    }
}
