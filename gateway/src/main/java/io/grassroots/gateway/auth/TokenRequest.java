package io.grassroots.gateway.auth;

import jakarta.validation.constraints.NotBlank;

/**
 * Sign-in credentials. Only their presence is checked before the password: a name of any other shape is
 * answered as a wrong one is.
 */
public record TokenRequest(@NotBlank String username, @NotBlank String password) {
}
