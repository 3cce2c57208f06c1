package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanTargetQuery;
import io.grassroots.inspection.merge.PlanTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Places queued approved plans into the schedule of their year, several at once: their units are
 * locked and read once, and the engine places all their plan-targets in one pass, which is what
 * keeps the queue short when many approvals arrive together.
 */
@ApplicationScoped
public class QueuedPlacements {
    @Inject
    PlanTargetQuery targets;
    @Inject
    ScheduleLocks locks;
    @Inject
    ScheduleService schedules;
    @Inject
    EntityManager em;

    /**
     * After the plans' schedule locks, and only for plans still approved, places the plan-targets no
     * visit holds and none was refused yet: a run since the approval has placed or refused them, and
     * it is not for the queue to try them again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(List<UUID> planIds, int year) {
        List<PlanTarget> all = targets.ofPlans(planIds);
        locks.units(all.stream().map(PlanTarget::countyCode).collect(Collectors.toSet()),
                all.stream().map(PlanTarget::unitCode).toList(), year);
        Set<String> approved = new HashSet<>();
        targets.live(planIds).forEach(id -> approved.add(id.toString()));
        Set<String> considered = new HashSet<>();
        em.createNativeQuery("select cast(plan_id as varchar) || '@' || unit_code from visit_member "
                + "where plan_id in (:plans) union select cast(plan_id as varchar) || '@' || unit_code "
                + "from unplaced_target where plan_id in (:plans)").setParameter("plans", planIds).getResultList()
                .forEach(key -> considered.add(String.valueOf(key)));
        List<PlanTarget> fresh = all.stream()
                .filter(t -> approved.contains(t.planId()) && !considered.contains(t.key())).toList();
        schedules.place(approved.stream().map(UUID::fromString).toList(), year, fresh);
    }
}
