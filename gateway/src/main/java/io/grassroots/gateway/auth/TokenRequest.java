package io.grassroots.gateway.auth;

/** Sign-in credentials. */
public record TokenRequest(String username, String password) {
}
