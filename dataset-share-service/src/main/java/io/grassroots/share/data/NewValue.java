package io.grassroots.share.data;

import java.math.BigDecimal;

/** A value to store: what, for whom, from which source. */
public record NewValue(String unitCode, String indicator, String period, BigDecimal value, ValueSource source,
        String sourceRef, String reportedBy) {
}
