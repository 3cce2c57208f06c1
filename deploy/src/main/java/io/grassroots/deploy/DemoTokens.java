package io.grassroots.deploy;

import io.grassroots.infra.TokenMinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Bearer tokens for the README's walkthrough, one file per role, signed with the stack's own key.
 * The gateway's sign-in will replace them; until then they are how a person calls the services.
 */
final class DemoTokens {
    private static final Duration LIFETIME = Duration.ofHours(12);

    private DemoTokens() {
    }

    static Map<String, Path> write(TokenMinter minter, Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Path> files = new LinkedHashMap<>();
        put(files, dir, "coordinator-45", minter.mint("coordinator-45", "COORDINATOR", null, null, "45", LIFETIME));
        put(files, dir, "auditor-45", minter.mint("auditor-45", "AUDITOR", null, null, "45", LIFETIME));
        put(files, dir, "dept-450102-emergency", minter.mint("emergency-xingning", "DEPARTMENT",
                "450102-emergency", null, "450102", LIFETIME));
        put(files, dir, "dept-450102-fire", minter.mint("fire-xingning", "DEPARTMENT", "450102-fire", null,
                "450102", LIFETIME));
        put(files, dir, "dept-4501-emergency", minter.mint("emergency-nanning", "DEPARTMENT", "4501-emergency", null,
                "4501", LIFETIME));
        put(files, dir, "team-450102-emergency", minter.mint("team-emergency-xingning", "TEAM", "450102-emergency",
                null, "450102", LIFETIME));
        put(files, dir, "unit-450102001", minter.mint("minsheng-street", "UNIT", null, "450102001", "450102001",
                LIFETIME));
        return files;
    }

    private static void put(Map<String, Path> files, Path dir, String name, String token) throws IOException {
        Path file = dir.resolve(name + ".jwt");
        Files.writeString(file, token, StandardCharsets.US_ASCII);
        files.put(name, file);
    }
}
