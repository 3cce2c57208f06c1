package io.grassroots.share.data;

import io.grassroots.calendar.Period;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;

/**
 * One reported value: unit, indicator, period and value. The shape of each field is declared here (a blank
 * period is no period: named once, as FORMAT) and checked item by item by {@link ReportService}, for JSON
 * and CSV alike, so that a partial batch refuses only the items of the wrong shape.
 */
public record ReportItem(
        @NotBlank String unit,
        @NotBlank String indicator,
        @NotNull @Pattern(regexp = Period.PATTERN, message = "is not a period: " + Period.RULE) String period,
        @NotNull BigDecimal value) {
}
