package io.grassroots.gateway.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A signed-in user's own password change: the current password proves it is them. Beyond its length,
 * {@link PasswordRules} judge the new one.
 */
public record PasswordChange(@NotBlank String currentPassword,
        @NotBlank @Size(max = PasswordRules.MAX_LENGTH) String newPassword) {
}
