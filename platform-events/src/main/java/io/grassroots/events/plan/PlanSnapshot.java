package io.grassroots.events.plan;

import java.time.LocalDate;
import java.util.List;

/** An inspection plan as it stood when an event about it was published. */
public record PlanSnapshot(String planId, String departmentId, String departmentRegion, int year, String title,
        String kind, String scope, String categoryCode, String categoryGroup, LocalDate windowStart,
        LocalDate windowEnd, int onSiteDays, int teamSize, List<String> targetUnits, List<String> materials,
        String mandate, String vetoItem) {
}
