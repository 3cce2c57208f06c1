package io.grassroots.gateway.auth;

import io.grassroots.gateway.account.Account;
import io.grassroots.gateway.config.GatewayConfig;
import io.grassroots.infra.SigningKeys;
import io.quarkus.runtime.Startup;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Issues the platform's RS256 tokens. The key pair lives in the configured directory and is
 * generated there on first start; services verify with its public half.
 */
@Startup
@ApplicationScoped
public class TokenIssuer {
    private final SigningKeys keys;
    private final GatewayConfig config;
    private final Clock clock;

    @Inject
    public TokenIssuer(GatewayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.keys = SigningKeys.loadOrCreate(Path.of(config.tokens().keyDirectory()));
    }

    /** A token for the account, valid for the configured lifetime. */
    public String issue(Account account) {
        Instant now = Instant.now(clock);
        JwtClaimsBuilder claims = Jwt.issuer(config.tokens().issuer()).subject(account.username).upn(account.username)
                .groups(Set.of(account.role)).claim("region", account.region).issuedAt(now)
                .expiresAt(now.plus(config.tokens().lifetime())).claim("jti", UUID.randomUUID().toString());
        if (account.departmentId != null) {
            claims.claim("dept", account.departmentId);
        }
        if (account.unitCode != null) {
            claims.claim("unit", account.unitCode);
        }
        return claims.jws().sign(keys.privateKey());
    }

    public long lifetimeSeconds() {
        return config.tokens().lifetime().toSeconds();
    }
}
