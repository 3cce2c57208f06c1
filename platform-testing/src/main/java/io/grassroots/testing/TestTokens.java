package io.grassroots.testing;

import io.grassroots.infra.SigningKeys;
import io.grassroots.infra.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens for tests, signed by a key pair made for this run. As a test resource it points the
 * service's JWT verification at that pair's public key.
 */
public class TestTokens implements QuarkusTestResourceLifecycleManager {
    private static final SigningKeys KEYS = SigningKeys.generate();
    private static final TokenMinter MINTER = new TokenMinter(KEYS);
    private static final Duration LIFETIME = Duration.ofHours(1);

    @Override
    public Map<String, String> start() {
        try {
            Path file = Files.createTempFile("grassroots-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            KEYS.writePublicKey(file);
            return Map.of("mp.jwt.verify.publickey.location", file.toUri().toString(),
                    "mp.jwt.verify.issuer", TokenMinter.ISSUER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    public static String department(String dept, String region) {
        return MINTER.mint("user-" + dept, "DEPARTMENT", dept, null, region, LIFETIME);
    }

    public static String coordinator(String region) {
        return MINTER.mint("coordinator-" + region, "COORDINATOR", null, null, region, LIFETIME);
    }

    public static String auditor(String region) {
        return MINTER.mint("auditor-" + region, "AUDITOR", null, null, region, LIFETIME);
    }

    public static String unit(String code) {
        return MINTER.mint("unit-" + code, "UNIT", null, code, code, LIFETIME);
    }

    public static String team(String dept, String region) {
        return MINTER.mint("team-" + dept, "TEAM", dept, null, region, LIFETIME);
    }

    /** A department token that expired an hour ago. */
    public static String expiredDepartment(String dept, String region) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "user-" + dept);
        claims.put("groups", List.of("DEPARTMENT"));
        claims.put("dept", dept);
        claims.put("region", region);
        claims.put("iat", Instant.now().minus(Duration.ofHours(2)).getEpochSecond());
        claims.put("exp", Instant.now().minus(Duration.ofHours(1)).getEpochSecond());
        return MINTER.sign(claims);
    }

    /** A well-formed department token signed by a key the service does not trust. */
    public static String foreignDepartment(String dept, String region) {
        return new TokenMinter(SigningKeys.generate()).mint("user-" + dept, "DEPARTMENT", dept, null, region,
                LIFETIME);
    }
}
