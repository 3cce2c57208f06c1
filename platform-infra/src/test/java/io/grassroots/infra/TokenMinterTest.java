package io.grassroots.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenMinterTest {
    @TempDir
    Path dir;

    @Test
    void tokenIsVerifiableWithThePublicKeyAndCarriesTheClaims() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        String token = new TokenMinter(keys).mint("dept-user", "DEPARTMENT", "45-emergency", null, "45",
                Duration.ofMinutes(5));

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(keys.publicKey());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(verify.verify(Base64.getUrlDecoder().decode(parts[2])));

        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(payload.contains("\"groups\":[\"DEPARTMENT\"]"), payload);
        assertTrue(payload.contains("\"dept\":\"45-emergency\""), payload);
        assertFalse(payload.contains("\"unit\""), payload);
    }

    @Test
    void keysArePersistedAndReloadedUnchanged() {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        SigningKeys again = SigningKeys.loadOrCreate(dir);
        assertEquals(first.publicKey(), again.publicKey());
        assertEquals(first.privateKey(), again.privateKey());
        assertTrue(Files.exists(dir.resolve(SigningKeys.PUBLIC_FILE)));
    }

    @Test
    void jsonEscapesStringsAndNestsCollections() {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("a", "x\"y\n");
        claims.put("b", List.of(1, "c"));
        claims.put("d", null);
        assertEquals("{\"a\":\"x\\\"y\\n\",\"b\":[1,\"c\"],\"d\":null}", TokenMinter.json(claims));
    }
}
