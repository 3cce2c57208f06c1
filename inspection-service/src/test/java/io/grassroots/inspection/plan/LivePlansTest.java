package io.grassroots.inspection.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.inspection.rules.ExistingPlan;
import io.grassroots.inspection.support.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.stat.SessionStatistics;
import org.junit.jupiter.api.Test;

/**
 * The plans a create or submit is weighed against are read as the rules need them, without loading
 * entities (#19: one query per plan for its units made a department's later plans slower with every
 * plan it filed).
 */
@QuarkusTest
class LivePlansTest {
    private static final String DEPT = "450102-emergency";
    /** A year no other test files plans in. */
    private static final int YEAR = 2097;

    @Inject
    PlanRepository plans;
    @Inject
    EntityManager em;
    @Inject
    Db db;

    @Test
    void otherLivePlansComeWithTheirUnitsWithoutLoadingEntities() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID draft = UUID.randomUUID();
        UUID self = UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.persist(plan(first, PlanStatus.SUBMITTED, 1, "450102001", "450102002"));
                Plan comprehensive = plan(second, PlanStatus.APPROVED, 2, "450102002");
                comprehensive.scope = PlanScope.COMPREHENSIVE;
                em.persist(comprehensive);
                em.persist(plan(draft, PlanStatus.DRAFT, 3, "450102001"));
                em.persist(plan(self, PlanStatus.SUBMITTED, 4, "450102001"));
            });
            QuarkusTransaction.requiringNew().run(() -> {
                List<ExistingPlan> live = plans.liveOf(DEPT, YEAR, self);
                assertEquals(List.of(
                        new ExistingPlan(first.toString(), "plan 1", false, "WORK_SAFETY", LocalDate.of(YEAR, 4, 1),
                                LocalDate.of(YEAR, 4, 30), Set.of("450102001", "450102002")),
                        new ExistingPlan(second.toString(), "plan 2", true, "WORK_SAFETY", LocalDate.of(YEAR, 4, 1),
                                LocalDate.of(YEAR, 4, 30), Set.of("450102002"))),
                        live,
                        "the live plans but this one, oldest first, with their units");
                // No plan entity nor units collection was loaded: nothing to parse, nothing to check at commit.
                SessionStatistics loaded = em.unwrap(Session.class).getStatistics();
                assertEquals(0, loaded.getEntityCount(), "entities loaded");
                assertEquals(0, loaded.getCollectionCount(), "collections loaded");
            });
        } finally {
            db.update("delete from plan where year = " + YEAR);
        }
    }

    private static Plan plan(UUID id, PlanStatus status, int n, String... units) {
        Plan plan = new Plan();
        plan.id = id;
        plan.departmentId = DEPT;
        plan.departmentRegion = "450102";
        plan.year = YEAR;
        plan.title = "plan " + n;
        plan.kind = PlanKind.INSPECTION;
        plan.scope = PlanScope.SPECIAL;
        plan.categoryCode = "WORK_SAFETY";
        plan.targetUnits.addAll(List.of(units));
        plan.targetCount = units.length;
        plan.windowStart = LocalDate.of(YEAR, 4, 1);
        plan.windowEnd = LocalDate.of(YEAR, 4, 30);
        plan.onSiteDays = 1;
        plan.teamSize = 3;
        plan.status = status;
        plan.createdBy = DEPT;
        plan.createdAt = Instant.parse("2097-03-01T00:00:00Z").plusSeconds(n);
        plan.updatedAt = plan.createdAt;
        return plan;
    }
}
