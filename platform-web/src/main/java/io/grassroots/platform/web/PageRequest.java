package io.grassroots.platform.web;

import java.util.ArrayList;
import java.util.List;

/** Paging parameters (a resource takes them as a validated {@link Paging}); validated: page from 0, size from 1 to 500, the first row within 10 million. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;
    /** A page's size when the caller names none. */
    public static final int DEFAULT_SIZE = 50;
    /** No list holds more; a page beyond it would overflow the row offset. */
    public static final long MAX_OFFSET = 10_000_000;

    public static PageRequest of(Integer page, Integer size) {
        List<Violation> violations = new ArrayList<>();
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            violations.add(new Violation("page", "RANGE", "page must be 0 or more, was " + p));
        }
        if (s < 1 || s > MAX_SIZE) {
            violations.add(new Violation("size", "RANGE", "size must be from 1 to " + MAX_SIZE + ", was " + s));
        } else if ((long) p * s > MAX_OFFSET) {
            violations.add(new Violation("page", "RANGE", "page " + p + " of " + s + " starts beyond row " + MAX_OFFSET));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new PageRequest(p, s);
    }
}
