package io.grassroots.inspection.rules;

import java.util.List;

/**
 * A bounded list in a finding's message: the first few items and how many more, each other plan's
 * title cut short, so that a finding (and the plan events that carry it) stays small however many
 * plans it names and however long their titles are.
 */
final class Sample {
    /** Items a message names at most. */
    static final int SHOWN = 5;
    /** Characters of another plan's title a message quotes at most (titles may have 200). */
    static final int TITLE_CHARACTERS = 40;

    private Sample() {
    }

    /** Another plan's title as a message quotes it: whole up to 40 characters, else its first 39 and "…". */
    static String title(String title) {
        if (title == null || title.codePointCount(0, title.length()) <= TITLE_CHARACTERS) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, TITLE_CHARACTERS - 1)) + "…";
    }

    static String of(List<String> items, String separator) {
        String shown = String.join(separator, items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? shown + separator + "and " + (items.size() - SHOWN) + " more" : shown;
    }
}
