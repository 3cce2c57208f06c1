package io.grassroots.share.data;

import io.grassroots.platform.trace.EventTrace;
import java.math.BigDecimal;

/**
 * A value to store: what, for whom, from which source; and the trace of the work that brought it (null:
 * the current one), which its data.reported event carries on.
 */
public record NewValue(String unitCode, String indicator, String period, BigDecimal value, ValueSource source,
        String sourceRef, String reportedBy, EventTrace trace) {
    public NewValue(String unitCode, String indicator, String period, BigDecimal value, ValueSource source,
            String sourceRef, String reportedBy) {
        this(unitCode, indicator, period, value, source, sourceRef, reportedBy, null);
    }

    String field() {
        return FieldLocks.key(unitCode, indicator, period);
    }
}
