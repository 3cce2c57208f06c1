package io.grassroots.share.form.mapping;

import io.grassroots.share.catalog.NameKeys;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The keys a header or name is compared by: full-width forms folded (（人） is (人)), spaces and
 * punctuation dropped, and variants without the unit of measure in brackets or after a slash, so that
 * 常住人口（人）, 常住人口 (人) and 常住人口/人 all read as 常住人口.
 */
public final class HeaderNames {
    private static final Pattern BRACKETED = Pattern.compile("[(\\[【〔{<《][^)\\]】〕}>》]*[)\\]】〕}>》]");
    private static final Pattern UNIT_SUFFIX = Pattern.compile("[/／|].{0,6}$|单位[:：].{0,6}$");

    private HeaderNames() {
    }

    /**
     * The text folded: NFKC, no spaces or punctuation, Latin letters upper-cased. The catalog's own key
     * (its aliases are stored by it), so that a header and an alias compare alike.
     */
    public static String fold(String text) {
        return NameKeys.fold(text);
    }

    /** The keys to look the text up by, most literal first. */
    public static List<String> keys(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        keys.add(fold(t));
        String unbracketed = BRACKETED.matcher(t).replaceAll("");
        keys.add(fold(unbracketed));
        keys.add(fold(UNIT_SUFFIX.matcher(unbracketed).replaceAll("")));
        keys.remove("");
        return List.copyOf(keys);
    }
}
