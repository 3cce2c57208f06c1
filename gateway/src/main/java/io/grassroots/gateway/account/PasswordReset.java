package io.grassroots.gateway.account;

/** The new password a coordinator sets for an account. */
public record PasswordReset(String password) {
}
