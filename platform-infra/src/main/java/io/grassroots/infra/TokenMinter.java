package io.grassroots.infra;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Signs RS256 JWTs carrying the platform's claims: {@code groups} (the role), {@code dept} or
 * {@code unit}, and {@code region}. The gateway will issue these at sign-in; until then the local
 * stack and the tests mint them with this class.
 */
public final class TokenMinter {
    public static final String ISSUER = "https://grassroots.local/auth";

    private final SigningKeys keys;

    public TokenMinter(SigningKeys keys) {
        this.keys = keys;
    }

    /** A token for a role; dept and unit may be null. */
    public String mint(String subject, String role, String dept, String unit, String region, Duration lifetime) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", java.util.List.of(role));
        if (dept != null) {
            claims.put("dept", dept);
        }
        if (unit != null) {
            claims.put("unit", unit);
        }
        claims.put("region", region);
        Instant now = Instant.now();
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        return sign(claims);
    }

    /** Signs an arbitrary claim set; the issuer and a token id are added when missing. */
    public String sign(Map<String, Object> claims) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("iss", ISSUER);
        all.put("jti", UUID.randomUUID().toString());
        all.putAll(claims);
        String header = base64Url("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String payload = base64Url(json(all));
        String signingInput = header + "." + payload;
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static String json(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(json(String.valueOf(entry.getKey()))).append(':').append(json(entry.getValue()));
            }
            return out.append('}').toString();
        }
        if (value instanceof Collection<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                if (out.length() > 1) {
                    out.append(',');
                }
                out.append(json(item));
            }
            return out.append(']').toString();
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toString().toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
