package io.grassroots.gateway.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashVerifiesItsPasswordOnlyAndIsSaltedAndNeverThePassword() {
        String hash = hasher.hash("correct horse battery");
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), hash);
        assertFalse(hash.contains("correct horse battery"));
        assertTrue(hasher.verify("correct horse battery", hash));
        assertFalse(hasher.verify("correct horse batterY", hash));
        assertFalse(hasher.verify("", hash));
        assertNotEquals(hash, hasher.hash("correct horse battery"), "each hash has its own salt");
    }

    @Test
    void anUnknownUserNeverVerifiesAndOldWorkFactorsStillDo() {
        assertFalse(hasher.verify("decoy password that matches nothing", null));
        String old = new PasswordHasher(1_000).hash("an older password");
        assertTrue(hasher.verify("an older password", old));
        assertFalse(hasher.verify("an older password", "md5$whatever"));
    }
}
