package io.grassroots.inspection.plan;

import jakarta.validation.constraints.NotBlank;

/** Targets named by rule instead of by list: every unit under a region or unit, optionally of one level. */
public record TargetSelector(@NotBlank String under, String level) {
}
