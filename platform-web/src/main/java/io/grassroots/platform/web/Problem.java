package io.grassroots.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 9457 problem details body, with the field-level violations when the input was bad. It stays
 * small whatever the input: at most {@link #MAX_VIOLATIONS} violations (then one that counts the
 * rest), and texts cut at {@link #MAX_TEXT} characters, since they may echo what was sent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_VIOLATIONS = 20;
    static final int MAX_TEXT = 300;

    public Problem {
        detail = cut(detail);
        instance = cut(instance);
        if (violations != null) {
            List<Violation> bounded = new ArrayList<>();
            for (Violation v : violations.subList(0, Math.min(MAX_VIOLATIONS, violations.size()))) {
                bounded.add(new Violation(cut(v.field()), v.rule(), cut(v.message())));
            }
            if (violations.size() > MAX_VIOLATIONS) {
                bounded.add(new Violation("body", "MORE", (violations.size() - MAX_VIOLATIONS)
                        + " more violation(s) not listed"));
            }
            violations = List.copyOf(bounded);
        }
    }

    private static String cut(String text) {
        return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
    }
}
