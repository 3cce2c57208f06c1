package io.grassroots.gateway.account;

/** A new account as a coordinator files it. */
public record AccountInput(String username, String password, String role, String dept, String unit, String region) {
}
