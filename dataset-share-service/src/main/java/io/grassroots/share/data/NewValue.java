package io.grassroots.share.data;

import java.math.BigDecimal;

/** A value to store: what, for whom, from which source (UNIT_REPORT, INSPECTION, AUDIT, STATISTICS). */
public record NewValue(String unitCode, String indicator, String period, BigDecimal value, String source,
        String sourceRef, String reportedBy) {
}
