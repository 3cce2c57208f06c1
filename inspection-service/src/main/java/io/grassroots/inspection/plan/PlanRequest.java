package io.grassroots.inspection.plan;

import java.time.LocalDate;
import java.util.List;

/** What a department sends to create or edit a draft plan. */
public record PlanRequest(Integer year, String title, PlanKind kind, PlanScope scope, String category,
        List<String> targets, TargetSelector targetSelector, LocalDate windowStart, LocalDate windowEnd,
        Integer onSiteDays, Integer teamSize, List<String> materials, String mandate, String vetoItem) {
}
