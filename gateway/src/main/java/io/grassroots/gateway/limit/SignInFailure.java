package io.grassroots.gateway.limit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One failed sign-in under one throttle key (the name, the name from an address, or the address). */
@Entity
public class SignInFailure {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String throttleKey;
    public Instant failedAt;

    protected SignInFailure() {
    }

    SignInFailure(String throttleKey, Instant failedAt) {
        this.throttleKey = throttleKey;
        this.failedAt = failedAt;
    }
}
