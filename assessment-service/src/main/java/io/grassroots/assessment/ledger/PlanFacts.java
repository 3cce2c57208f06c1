package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.events.plan.PlanSnapshot;
import io.grassroots.events.plan.PlanSubmissionRefusedV1;
import io.grassroots.events.plan.QuotaV1;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Plan facts for the ledger. A plan's status only moves forward (submitted, then approved or
 * rejected, then cancelled), so applying its events in any order, or twice, leaves the same row.
 */
public final class PlanFacts {
    private PlanFacts() {
    }

    public static DepartmentYear apply(Connection c, PlanSnapshot plan, PlanStage stage, Instant submittedAt,
            QuotaV1 quota) throws SQLException {
        Jdbc.update(c, "insert into plan_fact (plan_id, department_id, year, targets, status, status_rank, "
                + "submitted_at, quota_baseline, quota_limit) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (plan_id) do update set "
                + "status = case when excluded.status_rank > plan_fact.status_rank then excluded.status "
                + "else plan_fact.status end, status_rank = greatest(plan_fact.status_rank, excluded.status_rank), "
                + "submitted_at = coalesce(plan_fact.submitted_at, excluded.submitted_at), "
                + "quota_baseline = coalesce(plan_fact.quota_baseline, excluded.quota_baseline), "
                + "quota_limit = coalesce(plan_fact.quota_limit, excluded.quota_limit)",
                plan.planId(), plan.departmentId(), plan.year(), plan.targetUnits().size(), stage.name(), stage.rank,
                submittedAt, quota == null ? null : quota.baseline(), quota == null ? null : quota.limit());
        return new DepartmentYear(plan.departmentId(), plan.year());
    }

    public static DepartmentYear refused(Connection c, String eventId, PlanSubmissionRefusedV1 r) throws SQLException {
        Object[] rules = r.blocking().stream().map(f -> f.rule()).distinct().sorted().toArray();
        Jdbc.update(c, "insert into refusal_fact (event_id, plan_id, department_id, year, rules, attempted_at) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing", eventId, r.plan().planId(),
                r.plan().departmentId(), r.plan().year(), c.createArrayOf("text", rules), r.attemptedAt());
        return new DepartmentYear(r.plan().departmentId(), r.plan().year());
    }
}
