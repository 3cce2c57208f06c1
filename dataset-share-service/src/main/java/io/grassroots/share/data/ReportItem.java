package io.grassroots.share.data;

import java.math.BigDecimal;

/** One reported value: unit, indicator, period and value. */
public record ReportItem(String unit, String indicator, String period, BigDecimal value) {
}
