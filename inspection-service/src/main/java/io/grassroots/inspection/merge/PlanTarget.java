package io.grassroots.inspection.merge;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit of one approved plan: what the merge engine places into a visit. departmentLevel is 0
 * for a province, 1 for a city and 2 for a county department (the lead of a visit is the highest).
 */
public record PlanTarget(String planId, String unitCode, String countyCode, String group, String departmentId,
        int departmentLevel, LocalDate windowStart, LocalDate windowEnd, int onSiteDays, int teamSize,
        List<String> materials) {

    public PlanTarget {
        materials = materials == null ? List.of() : List.copyOf(materials);
    }

    /** The key of this plan-target: a plan visits a unit once. */
    public String key() {
        return planId + "@" + unitCode;
    }
}
