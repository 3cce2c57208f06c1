package io.grassroots.assessment.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A veto item (一票否决事项) as a coordinator registers it; its mandate's level is {@link RegisterRules}'s. */
public record VetoItemInput(
        @NotNull @Pattern(regexp = RegisterRules.CODE, message = RegisterRules.CODE_FORMAT) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @Valid Mandate mandate) {
}
