package io.grassroots.gateway.account;

/** A signed-in user's own password change: the current password proves it is them. */
public record PasswordChange(String currentPassword, String newPassword) {
}
