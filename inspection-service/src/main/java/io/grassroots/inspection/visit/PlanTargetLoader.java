package io.grassroots.inspection.visit;

import io.grassroots.platform.web.JsonText;
import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.platform.sql.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Reads approved plan-targets as the merge engine takes them. */
@ApplicationScoped
public class PlanTargetLoader {
    private static final String SELECT = "select cast(p.id as varchar), pt.unit_code, u.county_code, c.group_code, "
            + "p.department_id, p.department_region, p.window_start, p.window_end, p.on_site_days, p.team_size, "
            + "p.materials from plan p join plan_target pt on pt.plan_id = p.id join unit u on u.code = pt.unit_code "
            + "join category c on c.code = p.category_code ";

    @Inject
    EntityManager em;

    /** Every plan-target of the year's approved or scheduled plans at units inside the region. */
    public List<PlanTarget> approvedIn(String region, int year) {
        return map(em.createNativeQuery(SELECT + "where p.year = :year and p.status in ('APPROVED', 'SCHEDULED') "
                + "and pt.unit_code like :region order by pt.unit_code, p.id")
                .setParameter("year", year).setParameter("region", region + "%").getResultList());
    }

    /** The plan-targets of one plan. */
    public List<PlanTarget> ofPlan(UUID planId) {
        return map(em.createNativeQuery(SELECT + "where p.id = :plan order by pt.unit_code")
                .setParameter("plan", planId).getResultList());
    }

    /** The plan-targets of these plans at these units. */
    public List<PlanTarget> of(Collection<UUID> planIds, Collection<String> units) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return map(em.createNativeQuery(SELECT + "where p.id in (:plans) and pt.unit_code in (:units)")
                .setParameter("plans", planIds).setParameter("units", units).getResultList());
    }

    @SuppressWarnings("unchecked")
    private static List<PlanTarget> map(List<?> rows) {
        return ((List<Object[]>) rows).stream().map(r -> new PlanTarget((String) r[0], (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], levelOf((String) r[5]), SqlValues.date(r[6]), SqlValues.date(r[7]),
                ((Number) r[8]).intValue(), ((Number) r[9]).intValue(),
                JsonText.read((String) r[10], new TypeReference<List<String>>() {
                }))).toList();
    }

    /** 0 for a province department, 1 for a city, 2 for a county. */
    static int levelOf(String regionCode) {
        return regionCode.length() <= 2 ? 0 : regionCode.length() <= 4 ? 1 : 2;
    }
}
