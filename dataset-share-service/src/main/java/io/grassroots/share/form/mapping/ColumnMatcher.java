package io.grassroots.share.form.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Matches a column's header to a catalog indicator by its code, its name or an alias. */
public final class ColumnMatcher {
    /** How a column found its indicator; CONFIRMED is the department's own choice, never the matcher's. */
    public enum How {
        CODE, NAME, ALIAS, REMEMBERED, NONE, CONFIRMED
    }

    /** What the catalog says about an indicator, as far as matching needs. */
    public record Entry(String code, String name, List<String> aliases) {
    }

    /** The indicator a header matched, and how; code is null for NONE. */
    public record Match(String code, How how) {
        public static final Match NONE = new Match(null, How.NONE);
    }

    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();
    private final Map<String, String> byAlias = new HashMap<>();

    public ColumnMatcher(List<Entry> catalog) {
        for (Entry e : catalog) {
            byCode.putIfAbsent(HeaderNames.fold(e.code()), e.code());
            HeaderNames.keys(e.name()).forEach(k -> byName.putIfAbsent(k, e.code()));
            for (String alias : e.aliases()) {
                HeaderNames.keys(alias).forEach(k -> byAlias.putIfAbsent(k, e.code()));
            }
        }
    }

    /**
     * The indicator of a column whose header rows read {@code parts}, top to bottom: the lowest text
     * names the column best (a group header above it names several), then the texts joined.
     */
    public Match match(List<String> parts) {
        List<String> tries = new ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            tries.add(parts.get(i));
        }
        if (parts.size() > 1) {
            tries.add(String.join("", parts));
        }
        for (String text : tries) {
            for (String key : HeaderNames.keys(text)) {
                if (byCode.containsKey(key)) {
                    return new Match(byCode.get(key), How.CODE);
                }
                if (byName.containsKey(key)) {
                    return new Match(byName.get(key), How.NAME);
                }
                if (byAlias.containsKey(key)) {
                    return new Match(byAlias.get(key), How.ALIAS);
                }
            }
        }
        return Match.NONE;
    }
}
