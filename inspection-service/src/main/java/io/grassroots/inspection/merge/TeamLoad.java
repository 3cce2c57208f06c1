package io.grassroots.inspection.merge;

import java.util.Map;
import java.util.TreeMap;

/**
 * The joint team a set of plan-targets needs: each department sends one team, as large as the
 * largest it planned, and the visit's team is the sum over departments.
 */
final class TeamLoad {
    private final Map<String, Integer> byDepartment = new TreeMap<>();
    private int total;

    TeamLoad() {
    }

    TeamLoad(Iterable<PlanTarget> members) {
        members.forEach(this::add);
    }

    boolean fits(PlanTarget t, MergeSettings s) {
        Integer current = byDepartment.get(t.departmentId());
        if (current == null) {
            return byDepartment.size() + 1 <= s.departmentsPerVisit() && total + t.teamSize() <= s.teamCapPerVisit();
        }
        return total - current + Math.max(current, t.teamSize()) <= s.teamCapPerVisit();
    }

    void add(PlanTarget t) {
        Integer current = byDepartment.get(t.departmentId());
        int next = current == null ? t.teamSize() : Math.max(current, t.teamSize());
        total += next - (current == null ? 0 : current);
        byDepartment.put(t.departmentId(), next);
    }

    int total() {
        return total;
    }

    int departments() {
        return byDepartment.size();
    }

    Map<String, Integer> byDepartment() {
        return byDepartment;
    }
}
