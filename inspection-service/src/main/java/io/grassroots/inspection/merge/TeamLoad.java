package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The joint team a set of plan-targets needs: each department sends one team, as large as the
 * largest it planned, and the visit's team is the sum over departments.
 */
final class TeamLoad {
    /**
     * The departments in the order they came, with their teams: a visit has a handful, so a scan
     * of small arrays beats a tree map's comparisons and boxing on this hot path.
     */
    private String[] departments = new String[4];
    private int[] teams = new int[4];
    private int count;
    private int total;

    TeamLoad() {
    }

    TeamLoad(Iterable<PlanTarget> members) {
        members.forEach(this::add);
    }

    /** Empties the load, keeping its arrays: one load serves many sets in a row. */
    void clear() {
        count = 0;
        total = 0;
    }

    private int indexOf(String department) {
        for (int i = 0; i < count; i++) {
            if (departments[i].equals(department)) {
                return i;
            }
        }
        return -1;
    }

    boolean fits(PlanTarget t, MergeSettings s) {
        int i = indexOf(t.departmentId());
        if (i < 0) {
            return count + 1 <= s.departmentsPerVisit() && total + t.teamSize() <= s.teamCapPerVisit();
        }
        int current = teams[i];
        return total - current + Math.max(current, t.teamSize()) <= s.teamCapPerVisit();
    }

    void add(PlanTarget t) {
        int i = indexOf(t.departmentId());
        if (i < 0) {
            if (count == departments.length) {
                departments = Arrays.copyOf(departments, count * 2);
                teams = Arrays.copyOf(teams, count * 2);
            }
            departments[count] = t.departmentId();
            teams[count++] = t.teamSize();
            total += t.teamSize();
            return;
        }
        int next = Math.max(teams[i], t.teamSize());
        total += next - teams[i];
        teams[i] = next;
    }

    int total() {
        return total;
    }

    int departments() {
        return count;
    }

    /** The team a department sends (0 when it sends none). */
    int teamOf(String department) {
        int i = indexOf(department);
        return i < 0 ? 0 : teams[i];
    }

    /** Each department's team, ordered by department id. */
    List<Visit.TeamMember> byDepartment() {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> departments[a].compareTo(departments[b]));
        List<Visit.TeamMember> team = new ArrayList<>(count);
        for (int i : order) {
            team.add(new Visit.TeamMember(departments[i], teams[i]));
        }
        return team;
    }
}
