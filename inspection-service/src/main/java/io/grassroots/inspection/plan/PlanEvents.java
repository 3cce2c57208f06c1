package io.grassroots.inspection.plan;

import io.grassroots.events.plan.PlanSnapshot;
import io.grassroots.events.plan.RuleFindingV1;
import io.grassroots.inspection.rules.Finding;
import java.util.List;
import java.util.TreeSet;

/** Maps plans and findings to the shared event records. */
final class PlanEvents {
    private PlanEvents() {
    }

    static PlanSnapshot snapshot(Plan p, String categoryGroup) {
        return new PlanSnapshot(p.id.toString(), p.departmentId, p.departmentRegion, p.year, p.title, p.kind.name(),
                p.scope.name(), p.categoryCode, categoryGroup, p.windowStart, p.windowEnd, p.onSiteDays, p.teamSize,
                List.copyOf(new TreeSet<>(p.targetUnits)), List.copyOf(p.materials), p.mandate, p.vetoItem);
    }

    static List<RuleFindingV1> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> new RuleFindingV1(f.rule().name(), f.severity().name(), f.field(), f.message()))
                .toList();
    }
}
