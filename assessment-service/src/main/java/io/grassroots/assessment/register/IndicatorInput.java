package io.grassroots.assessment.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An assessment indicator as a coordinator registers it. evidenceKind says what proves it; a
 * SHARED_DATA indicator names the catalog indicator it reads, an INSPECTION_RESULT one uses the
 * ratings joint teams gave. direction, target and weight turn the evidence into a score.
 * The shape of each field is declared here; what the register says of them is {@link RegisterRules}'s.
 */
public record IndicatorInput(
        @NotNull @Pattern(regexp = RegisterRules.CODE, message = RegisterRules.CODE_FORMAT) String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @NotBlank String evidenceKind,
        @NotBlank @Size(max = 2000) String evidence,
        @Valid Mandate mandate,
        String dataIndicator, String direction, @NotNull @Positive BigDecimal target,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight) {
}
