package io.grassroots.web.api;

/** Numbers from a page's query string: a value that is not a number in range is dropped, not sent on to the API. */
public final class QueryNumbers {
    private QueryNumbers() {
    }

    /** The number, or null when the text is absent, not a number, or outside min..max. */
    public static Integer within(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            return n < min || n > max ? null : n;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
