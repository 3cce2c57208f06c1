package io.grassroots.inspection.visit;

import io.grassroots.calendar.Period;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/** What a joint team records for a visit: one entry per plan. */
public record ResultRequest(
        @NotEmpty(message = "results for at least one plan are required") List<@NotNull @Valid PlanResult> results) {

    /** Findings, a rating from 1 to 5, rectification items and indicator values collected for one plan. */
    public record PlanResult(
            @NotNull @Pattern(regexp = UUID, message = "is not a plan id (a UUID)") String planId,
            @NotBlank @Size(max = 10_000) String findings,
            @NotNull @Range(min = 1, max = 5) Integer rating, List<@NotNull @Valid Rectification> rectifications,
            List<@NotNull @Valid IndicatorValue> indicatorValues) {
        /** A plan's id as the API gives it: a UUID in its canonical form, either case. */
        static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    }

    /** 整改事项: what the unit must put right, and by when. */
    public record Rectification(@NotBlank @Size(max = 1000) String item, @NotNull LocalDate dueDate) {
    }

    /** A value collected on site for an indicator the plan asked for, for a period (2026, 2026-Q2, 2026-04). */
    public record IndicatorValue(@NotBlank String indicator,
            @NotNull @Pattern(regexp = Period.PATTERN, message = "is not a period: " + Period.RULE) String period,
            @NotNull BigDecimal value) {
    }
}
