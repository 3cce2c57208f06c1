package io.grassroots.gateway.support;

import io.grassroots.infra.SigningKeys;
import io.grassroots.infra.TokenMinter;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The gateway's key directory for a test run, created before the gateway starts so that tests can
 * mint tokens with the gateway's own key (and with a stranger's, which must not be accepted).
 */
public class GatewayKeys implements QuarkusTestResourceLifecycleManager {
    private static final Path DIR = createDirectory();
    private static final SigningKeys KEYS = SigningKeys.loadOrCreate(DIR);
    private static final TokenMinter OWN = new TokenMinter(KEYS);
    private static final TokenMinter STRANGER = new TokenMinter(SigningKeys.generate());

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("gateway-keys-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("grassroots.gateway.tokens.key-directory", DIR.toString(),
                "mp.jwt.verify.publickey.location", DIR.resolve(SigningKeys.PUBLIC_FILE).toUri().toString());
    }

    @Override
    public void stop() {
    }

    /** A token signed with the gateway's key, as if the gateway had issued it. */
    public static String token(String subject, String role, String dept, String unit, String region) {
        return OWN.mint(subject, role, dept, unit, region, Duration.ofMinutes(10));
    }

    public static String expired(String subject) {
        return OWN.mint(subject, "COORDINATOR", null, null, "45", Duration.ofMinutes(-5));
    }

    public static String signedByAStranger(String subject) {
        return STRANGER.mint(subject, "COORDINATOR", null, null, "45", Duration.ofMinutes(10));
    }
}
