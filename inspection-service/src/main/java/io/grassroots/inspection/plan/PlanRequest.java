package io.grassroots.inspection.plan;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/**
 * What a department sends to create or edit a draft plan. The shape of each field is declared here;
 * what spans fields (the window within the year, targets or a selector) is {@link PlanValidator}'s.
 */
@GroupSequence({ PlanRequest.class, PlanRequest.Items.class })
public record PlanRequest(
        @NotNull @Range(min = 2000, max = 2100) Integer year,
        @NotBlank @Size(max = 200) String title,
        @NotNull PlanKind kind,
        @NotNull PlanScope scope,
        @NotBlank String category,
        @Size(max = 50_000,
                message = "at most 50000 targets; use a targetSelector for whole regions") List<@NotNull(
                        groups = Items.class) @Pattern(regexp = PlanValidator.UNIT_CODE,
                                message = "is not a 9- or 12-digit unit code", groups = Items.class) String> targets,
        @Valid TargetSelector targetSelector,
        @NotNull LocalDate windowStart,
        @NotNull LocalDate windowEnd,
        @Range(min = 1, max = 30) Integer onSiteDays,
        @NotNull @Range(min = 1, max = 50) Integer teamSize,
        @Size(max = 100,
                message = "at most 100 materials") List<@NotNull(groups = Items.class) @Pattern(
                        regexp = "[A-Z][A-Z0-9_]{1,63}",
                        message = "is not an indicator code like POPULATION", groups = Items.class) String> materials,
        @Size(max = 500) String mandate,
        @Size(max = 200) String vetoItem) {

    /**
     * The list items' checks, run only once the lists' sizes pass: a body of half a million bad codes is
     * refused by its size alone, without a violation built for each code.
     */
    public interface Items {
    }
}
