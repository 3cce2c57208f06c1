package io.grassroots.share.request;

import io.grassroots.calendar.Period;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a department asks: indicators × units for one period, due by a date. The shape of each field is
 * declared here (a blank period is no period: named once, as FORMAT); what the catalog, the directory and
 * the calendar say of them is {@link RequestRules}'s.
 */
public record DataRequestInput(
        @NotBlank @Size(max = DataRequestInput.MAX_TITLE) String title,
        @NotEmpty(message = "indicators must name at least one") List<@NotBlank String> indicators,
        @NotEmpty(message = "units must name at least one") List<@NotBlank String> units,
        @NotNull @Pattern(regexp = Period.PATTERN, message = "is not a period: " + Period.RULE) String period,
        @NotNull LocalDate dueDate) {
    public static final int MAX_TITLE = 200;
}
