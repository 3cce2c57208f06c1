package io.grassroots.share.form.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches the text naming a row's unit to a unit of the department's region: by code, or by name
 * within the region. A name several units share (many townships have a 新村) is settled by the
 * township's name when the row or the text carries it, and listed as ambiguous otherwise.
 */
public final class UnitMatcher {
    private static final Pattern CODE = Pattern.compile("^(\\d{9}|\\d{12})(?!\\d)");

    /** How a row found its unit. */
    public enum How { CODE, NAME, AMBIGUOUS, UNKNOWN, OUTSIDE_REGION }

    /** A unit of the region, with the name of the unit above it (a village's township). */
    public record RegionUnit(String code, String name, String parentName) {
    }

    /** The unit a row names (null unless CODE or NAME), and the candidates of an ambiguous name. */
    public record Match(String code, How how, List<RegionUnit> candidates) {
        public boolean found() {
            return how == How.CODE || how == How.NAME;
        }
    }

    private final Map<String, RegionUnit> byCode = new HashMap<>();
    private final Map<String, List<RegionUnit>> byName = new HashMap<>();
    private final Map<String, List<RegionUnit>> byParentAndName = new HashMap<>();
    private final Predicate<String> existsAnywhere;

    public UnitMatcher(List<RegionUnit> region, Predicate<String> existsAnywhere) {
        this.existsAnywhere = existsAnywhere;
        for (RegionUnit u : region) {
            byCode.put(u.code(), u);
            byName.computeIfAbsent(HeaderNames.fold(u.name()), k -> new ArrayList<>()).add(u);
            if (u.parentName() != null) {
                byParentAndName.computeIfAbsent(HeaderNames.fold(u.parentName() + u.name()), k -> new ArrayList<>())
                        .add(u);
            }
        }
    }

    /** The unit {@code text} names; {@code rowTexts} are the row's other texts (a township column). */
    public Match match(String text, List<String> rowTexts) {
        if (text == null || text.isBlank()) {
            return new Match(null, How.UNKNOWN, List.of());
        }
        String trimmed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
        Matcher code = CODE.matcher(trimmed);
        if (code.find()) {
            RegionUnit unit = byCode.get(code.group(1));
            if (unit != null) {
                return new Match(unit.code(), How.CODE, List.of());
            }
            return new Match(null, existsAnywhere.test(code.group(1)) ? How.OUTSIDE_REGION : How.UNKNOWN, List.of());
        }
        String key = HeaderNames.fold(trimmed);
        List<RegionUnit> named = byName.getOrDefault(key, byParentAndName.getOrDefault(key, List.of()));
        if (named.size() > 1) {
            List<RegionUnit> settled = named.stream().filter(u -> u.parentName() != null && rowTexts.stream()
                    .anyMatch(t -> HeaderNames.fold(t).equals(HeaderNames.fold(u.parentName())))).toList();
            named = settled.size() == 1 ? settled : named;
        }
        if (named.size() == 1) {
            return new Match(named.get(0).code(), How.NAME, List.of());
        }
        if (named.size() > 1) {
            return new Match(null, How.AMBIGUOUS, named.size() > 20 ? named.subList(0, 20) : named);
        }
        return new Match(null, How.UNKNOWN, List.of());
    }

    /** Whether a text looks like a unit of this region, for finding the unit column. */
    public boolean names(String text) {
        return match(text, List.of()).how() != How.UNKNOWN;
    }
}
