package io.grassroots.assessment.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The document that mandates an indicator or a veto item: who issued it, which document, when, at what level.
 * Whether one is given at all, its date and its level are {@link RegisterRules}'s.
 */
public record Mandate(@NotBlank @Size(max = 200) String issuingBody, @NotBlank @Size(max = 300) String document,
        @NotNull LocalDate issuedOn, String level) {
}
