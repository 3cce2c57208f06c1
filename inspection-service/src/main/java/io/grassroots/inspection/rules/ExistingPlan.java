package io.grassroots.inspection.rules;

import java.time.LocalDate;
import java.util.Set;

/** Another live plan of the same department and year, as far as the rules need it. */
public record ExistingPlan(String id, String title, boolean comprehensive, String categoryCode,
        LocalDate windowStart, LocalDate windowEnd, Set<String> targetUnits) {

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !windowStart.isAfter(end) && !start.isAfter(windowEnd);
    }
}
