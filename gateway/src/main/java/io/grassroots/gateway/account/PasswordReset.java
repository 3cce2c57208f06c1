package io.grassroots.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The new password a coordinator sets for an account; beyond its shape, {@link PasswordRules} judge it. */
public record PasswordReset(
        @NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String password) {
}
