package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.events.visit.VisitSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Visit facts for the ledger: the snapshot with the latest event time wins, and at the same time
 * the later lifecycle stage (scheduled, rescheduled, confirmed, completed), so that late or
 * repeated events never roll a visit back.
 */
public final class VisitFacts {
    private VisitFacts() {
    }

    /** Applies a snapshot; returns the department-years whose figures it may change (none if it was stale). */
    public static Set<DepartmentYear> apply(Connection c, VisitSnapshot v, boolean cancelled, Instant at,
            VisitStage stage) throws SQLException {
        Set<DepartmentYear> touched = new LinkedHashSet<>();
        // The departments the visit served before this snapshot lose their part if it changes.
        touched.addAll(Jdbc.query(c, "select distinct p.department_id, f.year from visit_part p join visit_fact f "
                + "on f.visit_id = p.visit_id where p.visit_id = ?", DepartmentYear::of, v.visitId()));
        int changed = Jdbc.update(c, "insert into visit_fact (visit_id, unit_code, year, first_day, days, status, "
                + "cancelled, version_at, version_rank) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (visit_id) do update set unit_code = excluded.unit_code, year = excluded.year, "
                + "first_day = excluded.first_day, days = excluded.days, status = excluded.status, "
                + "cancelled = excluded.cancelled, version_at = excluded.version_at, "
                + "version_rank = excluded.version_rank "
                + "where (visit_fact.version_at, visit_fact.version_rank) < (excluded.version_at, excluded.version_rank)",
                v.visitId(), v.unitCode(), v.year(), v.days().isEmpty() ? null : v.days().get(0), v.days().size(),
                v.status(), cancelled, at, stage.rank);
        if (changed == 0) {
            return Set.of();
        }
        Jdbc.update(c, "delete from visit_part where visit_id = ?", v.visitId());
        for (VisitSnapshot.PlanPart part : cancelled ? java.util.List.<VisitSnapshot.PlanPart>of() : v.plans()) {
            Jdbc.update(c, "insert into visit_part (visit_id, plan_id, department_id) values (?, ?, ?) "
                    + "on conflict do nothing", v.visitId(), part.planId(), part.departmentId());
            touched.add(new DepartmentYear(part.departmentId(), v.year()));
        }
        return touched;
    }
}
