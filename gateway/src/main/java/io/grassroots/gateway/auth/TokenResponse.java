package io.grassroots.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An issued bearer token, shaped as OAuth 2.0 token responses are. */
public record TokenResponse(@JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType, @JsonProperty("expires_in") long expiresIn) {
}
