package io.grassroots.assessment.support;

import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.events.plan.PlanSnapshot;
import io.grassroots.events.visit.VisitSnapshot;
import io.grassroots.testing.EventPublisher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds the other services' events as they publish them, for a region of its own per test class. */
public final class Events {
    private Events() {
    }

    public static PlanSnapshot plan(String id, String department, int year, List<String> targets) {
        String region = department.substring(0, department.indexOf('-'));
        return new PlanSnapshot(id, department, region, year, "plan " + id, "INSPECTION", "SPECIAL", "FIRE_SAFETY",
                "SAFETY", LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30), 1, 3, targets, List.of(), null, null);
    }

    /** A visit snapshot: plans given as planId:departmentId. */
    public static VisitSnapshot visit(String id, String unit, int year, List<LocalDate> days, String status,
            String... plans) {
        List<VisitSnapshot.PlanPart> parts = new ArrayList<>();
        List<VisitSnapshot.TeamPart> team = new ArrayList<>();
        for (String p : plans) {
            String[] f = p.split(":");
            parts.add(new VisitSnapshot.PlanPart(f[0], f[1], "FIRE_SAFETY"));
            team.add(new VisitSnapshot.TeamPart(f[1], 2));
        }
        return new VisitSnapshot(id, unit, unit.substring(0, 6), year, "SAFETY", days,
                parts.isEmpty() ? null : parts.get(0).departmentId(), team, parts, List.of(), status, null);
    }

    /** Publishes units and departments of a county on the directory topic. */
    public static void directory(EventPublisher events, String county, List<String> units, List<String> departments) {
        for (String u : units) {
            events.publish(new UnitUpsertedV1(u, "镇" + u, "TOWNSHIP", county, county, county.substring(0, 4),
                    county.substring(0, 2)));
        }
        for (String d : departments) {
            events.publish(new DepartmentUpsertedV1(d, "部门 " + d, "COUNTY", county, List.of("SAFETY")));
        }
    }
}
