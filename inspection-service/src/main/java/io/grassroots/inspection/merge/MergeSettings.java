package io.grassroots.inspection.merge;

import java.util.Map;
import java.util.TreeMap;

/**
 * The caps a visit must respect and which category groups may share one: groups mapped to the
 * same merge family are compatible (by default each group is its own family).
 */
public record MergeSettings(int teamCapPerVisit, int departmentsPerVisit, int unitMonthlyCap,
        Map<String, String> groupFamilies, int itineraryDays) {

    public static final MergeSettings DEFAULTS = new MergeSettings(10, 6, 2, Map.of(), 5);

    public MergeSettings {
        groupFamilies = Map.copyOf(groupFamilies);
    }

    /** The family a group merges within. */
    public String familyOf(String group) {
        return groupFamilies.getOrDefault(group, group);
    }

    public MergeSettings withMonthlyCap(int cap) {
        return new MergeSettings(teamCapPerVisit, departmentsPerVisit, cap, groupFamilies, itineraryDays);
    }

    public MergeSettings withCaps(int teamCap, int departmentCap) {
        return new MergeSettings(teamCap, departmentCap, unitMonthlyCap, groupFamilies, itineraryDays);
    }

    /** Declares groups compatible: they all share the family of the first. */
    public MergeSettings withCompatible(String... groups) {
        Map<String, String> families = new TreeMap<>(groupFamilies);
        for (String g : groups) {
            families.put(g, familyOf(groups[0]));
        }
        return new MergeSettings(teamCapPerVisit, departmentsPerVisit, unitMonthlyCap, families, itineraryDays);
    }
}
