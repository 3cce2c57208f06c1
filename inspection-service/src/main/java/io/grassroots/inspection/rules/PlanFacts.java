package io.grassroots.inspection.rules;

import java.time.LocalDate;
import java.util.Set;

/** The plan as the rules see it. */
public record PlanFacts(String planId, String departmentId, String departmentRegion, int year,
        boolean comprehensive, String categoryCode, LocalDate windowStart, LocalDate windowEnd, int onSiteDays,
        int teamSize, Set<String> targetUnits, String mandate, String vetoItem) {
}
