package io.grassroots.web.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** The data catalog as GET /api/catalog/indicators answers it, and the alias box as a coordinator typed it. */
public final class CatalogViews {
    private CatalogViews() {
    }

    /** An indicator with the other names departments' forms give it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String unitOfMeasure, String ownerDepartment,
            Integer freshnessDays, String sensitivity, Integer minutesPerField, List<String> aliases) {

        public List<String> aliases() {
            return aliases == null ? List.of() : aliases;
        }

        /** The id of the indicator's alias box, which its problems are keyed by. */
        public String input() {
            return AliasErrors.input(code);
        }

        /** The aliases one a line, as the edit box shows them. */
        public String aliasText() {
            return String.join("\n", aliases());
        }

        /** Whether the search text is in the code, the name or an alias, ignoring case. */
        boolean matches(String text) {
            if (text == null) {
                return true;
            }
            String wanted = text.toLowerCase(Locale.ROOT);
            return contains(code, wanted) || contains(name, wanted)
                    || aliases().stream().anyMatch(a -> contains(a, wanted));
        }

        private static boolean contains(String value, String wanted) {
            return value != null && value.toLowerCase(Locale.ROOT).contains(wanted);
        }
    }

    /**
     * The alias box's lines as sent: trimmed, blank ones dropped, each with its line number in the box,
     * so that a problem with the API's item {@code [i]} is shown at the line the coordinator sees.
     */
    public record Lines(List<String> aliases, List<Integer> lineNumbers) {
        /**
         * One more than the API takes (50): a box with more lines is refused there as MAX_SIZE without
         * the console reading or sending a pasted column of thousands.
         */
        static final int MAX_SENT = 51;

        static Lines of(String text) {
            List<String> aliases = new ArrayList<>();
            List<Integer> numbers = new ArrayList<>();
            Iterator<String> lines = text == null ? Collections.emptyIterator() : text.lines().iterator();
            for (int number = 1; lines.hasNext() && aliases.size() < MAX_SENT; number++) {
                String alias = lines.next().strip();
                if (!alias.isEmpty()) {
                    aliases.add(alias);
                    numbers.add(number);
                }
            }
            return new Lines(List.copyOf(aliases), List.copyOf(numbers));
        }

        /** The box's line number of the item the API names by its index, or null when there is none. */
        Integer lineOf(int index) {
            return index >= 0 && index < lineNumbers.size() ? lineNumbers.get(index) : null;
        }
    }

    /** What the edit box of one indicator shows after a refused save: the text as typed and the problems. */
    public record Edit(String code, String text) {
        static final Edit NONE = new Edit(null, null);

        /** The text the box of this indicator shows: as typed when it was the one refused, else its aliases. */
        public String textFor(Indicator indicator) {
            return indicator.code().equals(code) ? text : indicator.aliasText();
        }
    }
}
