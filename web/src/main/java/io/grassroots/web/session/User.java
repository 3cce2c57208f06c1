package io.grassroots.web.session;

import java.time.Instant;

/** The signed-in user, from their verified token: who, in which role, for which department, unit and region. */
public record User(String token, String username, Role role, String department, String unit, String region,
        Instant expiresAt) {
}
