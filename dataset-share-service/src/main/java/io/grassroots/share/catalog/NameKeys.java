package io.grassroots.share.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key a name or alias is compared by: NFKC (full-width forms folded, （人） is (人)), no spaces or
 * punctuation, Latin letters upper-cased. The catalog stores aliases by this key and refuses one whose
 * key another indicator already has; forms match their headers by the same key.
 */
public final class NameKeys {
    private static final Pattern NOISE = Pattern.compile("[\\s\\p{P}\\p{S}\\u3000]+");

    private NameKeys() {
    }

    /** The text folded; "" for null. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return NOISE.matcher(t).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
