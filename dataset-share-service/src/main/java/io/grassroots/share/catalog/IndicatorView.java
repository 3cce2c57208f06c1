package io.grassroots.share.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.hibernate.validator.constraints.Range;

/**
 * An indicator as the catalog shows it, and as a coordinator creates one. The shape of a new one is
 * declared here (a blank code is no code: named once, as FORMAT); the catalog's sensitivities and value
 * types and the order of the bounds are {@link CatalogResource}'s.
 */
public record IndicatorView(
        @NotNull @Pattern(regexp = IndicatorView.CODE,
                message = "is not a code of upper case letters, digits and _, e.g. SAFETY_INCIDENTS") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank String unitOfMeasure,
        @NotBlank String ownerDepartment,
        @NotNull @Range(min = 0, max = 3650) Integer freshnessDays,
        @NotBlank String sensitivity,
        @NotBlank String valueType,
        BigDecimal minValue,
        BigDecimal maxValue,
        @Range(min = 0, max = 600) Integer minutesPerField,
        List<String> grantedDepartments,
        List<String> grantedGroups,
        List<String> aliases) {
    /** An indicator's code, e.g. SAFETY_INCIDENTS. */
    public static final String CODE = "[A-Z][A-Z0-9_]{1,63}";

    static IndicatorView of(Indicator i, List<String> aliases) {
        return new IndicatorView(i.code, i.name, i.unitOfMeasure, i.ownerDepartment, i.freshnessDays,
                i.sensitivity.name(),
                i.valueType.name(), i.minValue, i.maxValue, i.minutesPerField, Indicator.copy(i.grantedDepartments),
                Indicator.copy(i.grantedGroups), aliases);
    }
}
