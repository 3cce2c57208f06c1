package io.grassroots.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A token is verified once while it lasts; an expired one, a refused one or other settings verify again. */
class VerifiedTokensTest {
    private static final long NOW = 1_800_000_000L;

    /** Verifies "ok-<exp>" tokens (expiring at that second) and refuses every other, counting its calls. */
    private static final class Verifier extends JWTCallerPrincipalFactory {
        final List<String> calls = new ArrayList<>();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo settings) throws ParseException {
            calls.add(token);
            if (!token.startsWith("ok-")) {
                throw new ParseException("refused");
            }
            long exp = Long.parseLong(token.substring(3));
            return new JWTCallerPrincipal(token, "JWT") {
                @Override
                protected Collection<String> doGetClaimNames() {
                    return Set.of("exp");
                }

                @Override
                protected Object getClaimValue(String name) {
                    return "exp".equals(name) ? exp : null;
                }
            };
        }
    }

    /** A clock the test moves. */
    private static final class Moved extends Clock {
        long second = NOW;

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(second);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final Verifier verifier = new Verifier();
    private final JWTAuthContextInfo settings = new JWTAuthContextInfo();
    private final Moved clock = new Moved();
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

    @Test
    void theSameTokenIsVerifiedOnceWhileItLasts() throws Exception {
        String token = "ok-" + (NOW + 900);
        JWTCallerPrincipal first = tokens.parse(token, settings);
        assertSame(first, tokens.parse(token, settings));
        assertEquals(List.of(token), verifier.calls);
    }

    @Test
    void aTokenPastItsExpiryIsVerifiedAgain() throws Exception {
        String token = "ok-" + (NOW + 900);
        tokens.parse(token, settings);
        clock.second = NOW + 899;
        tokens.parse(token, settings);
        assertEquals(1, verifier.calls.size(), "kept until its last second");
        clock.second = NOW + 900;
        tokens.parse(token, settings);
        tokens.parse(token, settings);
        assertEquals(3, verifier.calls.size(), "past its expiry it is verified each time: " + verifier.calls);
    }

    @Test
    void aRefusedTokenIsRefusedEachTimeAndNotKept() {
        assertThrows(ParseException.class, () -> tokens.parse("forged", settings));
        assertThrows(ParseException.class, () -> tokens.parse("forged", settings));
        assertEquals(2, verifier.calls.size());
        assertEquals(0, tokens.size());
    }

    @Test
    void otherSettingsVerifyTheTokenAgain() throws Exception {
        String token = "ok-" + (NOW + 900);
        tokens.parse(token, settings);
        tokens.parse(token, new JWTAuthContextInfo());
        assertEquals(2, verifier.calls.size());
    }

    @Test
    void whenFullTheExpiredGoFirstAndThenAll() throws Exception {
        tokens.parse("ok-" + (NOW + 10), settings);
        for (int i = 1; i < VerifiedTokens.KEPT; i++) {
            tokens.parse("ok-" + (NOW + 100_000 + i), settings);
        }
        assertEquals(VerifiedTokens.KEPT, tokens.size());
        clock.second = NOW + 10;
        tokens.parse("ok-" + (NOW + 5000), settings);
        assertEquals(VerifiedTokens.KEPT, tokens.size(), "the expired one made room for the new one");
        tokens.parse("ok-" + (NOW + 5001), settings);
        assertEquals(1, tokens.size(), "every kept token still counted: all were let go, the new one kept");
    }
}
