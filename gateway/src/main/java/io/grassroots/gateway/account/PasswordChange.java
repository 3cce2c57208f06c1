package io.grassroots.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A signed-in user's own password change: the current password proves it is them. Beyond its shape,
 * {@link PasswordRules} judge the new one.
 */
public record PasswordChange(@NotBlank String currentPassword,
        @NotBlank @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH) String newPassword) {
}
