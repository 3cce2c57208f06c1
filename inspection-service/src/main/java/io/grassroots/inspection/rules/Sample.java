package io.grassroots.inspection.rules;

import java.util.List;

/**
 * A bounded list in a finding's message: the first few items and how many more, so that a finding
 * (and the plan events that carry it) stays small however many plans it names.
 */
final class Sample {
    /** Items a message names at most. */
    static final int SHOWN = 5;

    private Sample() {
    }

    static String of(List<String> items, String separator) {
        String shown = String.join(separator, items.subList(0, Math.min(SHOWN, items.size())));
        return items.size() > SHOWN ? shown + separator + "and " + (items.size() - SHOWN) + " more" : shown;
    }
}
