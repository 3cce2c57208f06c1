package io.grassroots.calendar;

import java.util.regex.Pattern;

/** A reporting period as every service and the console write it: a year, a month or a quarter. */
public final class Period {
    /** The format as a regular expression, for Bean Validation's {@code @Pattern} on input records. */
    public static final String PATTERN = "[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);
    /** What a problem says when a period is malformed. */
    public static final String RULE = "period must be YYYY, YYYY-MM or YYYY-Qn";

    private Period() {
    }

    /** Whether the text is a period: {@code 2026}, {@code 2026-03} or {@code 2026-Q1}. */
    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }
}
