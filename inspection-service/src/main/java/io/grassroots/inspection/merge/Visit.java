package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * A joint visit: one unit, one start day and consecutive working days, the plan-targets it serves,
 * the lead department, each department's team and the merged material list. Frozen visits were
 * confirmed (notice given) and never move.
 */
public record Visit(String unitCode, String countyCode, String family, List<LocalDate> days,
        List<PlanTarget> members, String leadDepartment, List<TeamMember> team, List<String> materials,
        boolean frozen) {

    public Visit {
        days = List.copyOf(days);
        members = List.copyOf(members);
        team = List.copyOf(team);
        materials = List.copyOf(materials);
    }

    public LocalDate date() {
        return days.get(0);
    }

    /** A stable identity of a visit: the unit and its first day (a unit has one visit a day). */
    public String key() {
        return unitCode + "@" + date();
    }

    public int teamSize() {
        return team.stream().mapToInt(TeamMember::size).sum();
    }

    /** One department's part of the joint team. */
    public record TeamMember(String departmentId, int size) {
    }
}
