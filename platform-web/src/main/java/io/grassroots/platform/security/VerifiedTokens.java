package io.grassroots.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a bearer token once while it lasts, not on every request that carries it.
 *
 * <p>A signed-in user sends the same token for its whole lifetime, and its verification (an RSA signature
 * check and the claims' JSON) showed among the gateway's and inspection-service's largest costs per call
 * in bench-intake's profiles (#19). A token is answered from here only as the very same string verified
 * before with the same settings, and only until it expires; one that fails is never kept, so it fails
 * again each time. Revocation is no property of the token and is checked after this, as before (the
 * gateway's RevokedTokens). The gateway's edge filter and every service's authentication parse through
 * this factory (Quarkus takes a JWTCallerPrincipalFactory alternative over smallrye-jwt's default).
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class VerifiedTokens extends JWTCallerPrincipalFactory {
    /** More live tokens than this at once (about that many users signed in) and the oldest are verified again. */
    static final int KEPT = 10_000;

    private record Verified(JWTCallerPrincipal principal, JWTAuthContextInfo settings, long expiresAt) {
    }

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    public VerifiedTokens() {
        this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC());
    }

    VerifiedTokens(JWTCallerPrincipalFactory verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
        long now = clock.millis() / 1000;
        Verified known = verified.get(token);
        if (known != null && known.settings == settings && now < known.expiresAt) {
            return known.principal;
        }
        if (known != null) {
            verified.remove(token, known);
        }
        JWTCallerPrincipal principal = verifier.parse(token, settings);
        long expiresAt = principal.getExpirationTime();
        // A token without an expiry is not kept: nothing would ever end its stay here.
        if (expiresAt > now) {
            if (verified.size() >= KEPT) {
                forgetExpired(now);
            }
            verified.put(token, new Verified(principal, settings, expiresAt));
        }
        return principal;
    }

    /** Drops the expired tokens; when every one still counts, all of them (they verify again when next sent). */
    private void forgetExpired(long now) {
        verified.values().removeIf(v -> v.expiresAt <= now);
        if (verified.size() >= KEPT) {
            verified.clear();
        }
    }

    int size() {
        return verified.size();
    }
}
