package io.grassroots.inspection.visit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a joint team records for a visit: one entry per plan. */
public record ResultRequest(List<PlanResult> results) {

    /** Findings, a rating from 1 to 5, rectification items and indicator values collected for one plan. */
    public record PlanResult(String planId, String findings, Integer rating, List<Rectification> rectifications,
            List<IndicatorValue> indicatorValues) {
    }

    /** 整改事项: what the unit must put right, and by when. */
    public record Rectification(String item, LocalDate dueDate) {
    }

    /** A value collected on site for an indicator the plan asked for, for a period (2026, 2026-Q2, 2026-04). */
    public record IndicatorValue(String indicator, String period, BigDecimal value) {
    }
}
